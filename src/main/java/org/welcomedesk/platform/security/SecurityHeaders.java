package org.welcomedesk.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from
 * PrimeFaces, which adds a fresh script nonce per response (see web.xml); everything else
 * (REST, static files, error pages) gets a strict policy here.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String STRICT_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isFacesPage(request)) {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
        // Pages about people must not linger in shared counter computers' caches.
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    private static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.endsWith(".xhtml") || path.equals("/");
    }
}
