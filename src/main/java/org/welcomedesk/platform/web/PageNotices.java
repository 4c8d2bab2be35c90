package org.welcomedesk.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.welcomedesk.platform.i18n.Messages;

import java.io.IOException;
import java.util.Locale;

/**
 * What a page tells the user after an action that worked: a confirmation in the interface
 * language, shown on this page or carried over a redirect.
 */
public final class PageNotices {

    private PageNotices() {}

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** A confirmation on the page being rendered. */
    public static void confirm(String key, Object... arguments) {
        String text = Messages.text(locale(), key, arguments);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A confirmation shown on the page {@code path} (below the context root) the browser is sent to. */
    public static void confirmAndGo(String key, String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        NoticesAcrossRedirects.keep(external, Messages.text(locale(), key));
        external.redirect(external.getRequestContextPath() + path);
    }

    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
