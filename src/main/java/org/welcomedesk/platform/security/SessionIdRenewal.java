package org.welcomedesk.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;

/**
 * Gives the session a new id on the first request after sign-in, so an id planted or seen
 * before sign-in (session fixation) never carries a signed-in user. Liberty keeps the session
 * and its id across an OpenID Connect login; sign-in can end on any page (the one first
 * asked for), so this runs on every request rather than on {@code /home} only.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SessionIdRenewal extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The user the session's current id was issued to. */
    static final String ISSUED_TO = SessionIdRenewal.class.getName() + ".issuedTo";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal user = request.getUserPrincipal();
        HttpSession before = request.getSession(false);
        if (user != null && before != null && !user.getName().equals(before.getAttribute(ISSUED_TO))) {
            request.changeSessionId();
            before.setAttribute(ISSUED_TO, user.getName());
        }
        chain.doFilter(request, response);
        // A session first created by a signed-in request never had another owner.
        HttpSession created = before == null && user != null ? request.getSession(false) : null;
        if (created != null) {
            created.setAttribute(ISSUED_TO, user.getName());
        }
    }
}
