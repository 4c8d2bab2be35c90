package org.welcomedesk.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The security headers that depend on the request. The fixed ones (nosniff, Referrer-Policy,
 * frame options and an outer-bound Content-Security-Policy) are set by Liberty on every
 * response (server.xml). Here, on every response of the application, error pages included:
 * HSTS over https, no caching of pages about people, and the application's own policy: on
 * Faces pages built around the per-response script nonce that PrimeFaces generates, on
 * everything else nothing may load at all.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String CSP = "Content-Security-Policy";
    /** Responses that are not Faces pages (API, redirects) load nothing. */
    static final String NOTHING_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/=_-]+'");

    @Inject
    KeycloakSettings keycloak;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        // Pages about people must not linger in the caches of shared counter computers.
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        // A Faces page replaces it with its own (PagePolicy).
        response.setHeader(CSP, NOTHING_POLICY);
        chain.doFilter(request, new PagePolicy(response, origin(keycloak.realmUri())));
    }

    /**
     * The policy of a Faces page: scripts only from here and only with this response's nonce;
     * forms may post here and (after sign-out) redirect to Keycloak.
     */
    static String pagePolicy(String primeFacesPolicy, String keycloakOrigin) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy);
        String scriptNonce = nonce.find() ? " " + nonce.group() : "";
        return "default-src 'self'; script-src 'self'" + scriptNonce
                + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:"
                + "; object-src 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin
                + "; frame-ancestors 'none'";
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** Turns the script-only policy PrimeFaces sets into the page's whole policy. */
    private static final class PagePolicy extends HttpServletResponseWrapper {
        private final String keycloakOrigin;

        PagePolicy(HttpServletResponse response, String keycloakOrigin) {
            super(response);
            this.keycloakOrigin = keycloakOrigin;
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, CSP.equalsIgnoreCase(name) ? pagePolicy(value, keycloakOrigin) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, pagePolicy(value, keycloakOrigin));
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
