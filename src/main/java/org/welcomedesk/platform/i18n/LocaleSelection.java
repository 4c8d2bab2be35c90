package org.welcomedesk.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language the user chose for the interface. Starts from the browser's preferred
 * language when it is one of ours; right-to-left layout follows the language.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = UiLanguage.bestMatch(FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestLocales())
                    .locale();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String getDirection() {
        return UiLanguage.of(getLocale()).direction();
    }

    public List<UiLanguage> getLanguages() {
        return List.of(UiLanguage.values());
    }

    /** Switches the interface language; unknown tags are ignored. */
    public void select(String languageTag) {
        UiLanguage.ofTag(languageTag).ifPresent(language -> {
            locale = language.locale();
            FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        });
    }
}
