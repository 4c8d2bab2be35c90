package org.welcomedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlInputHidden;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.text.PlainText;

/**
 * The text rule of the API ({@link PlainText}) on every text input of every page, as a
 * default validator: no control or broken characters, line breaks and tabs only where the
 * field has several lines. Lengths stay with the domain's own checks and each input's limit.
 */
@FacesValidator(value = "welcomedesk.plainText", isDefault = true)
public class PlainTextInputs implements Validator<Object> {

    /** Longer than any text input of the pages; the domain checks each field's own length. */
    private static final int ANY_INPUT = 100_000;

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        boolean multiLine = component instanceof HtmlInputTextarea || component instanceof HtmlInputHidden;
        PlainText.fault(text, ANY_INPUT, multiLine).ifPresent(key -> {
            var locale = context.getViewRoot() != null ? context.getViewRoot().getLocale() : java.util.Locale.ENGLISH;
            Object label = component.getAttributes().get("label");
            String message = Messages.text(locale, key, ANY_INPUT);
            String summary = label == null ? message : label + ": " + message;
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        });
    }
}
