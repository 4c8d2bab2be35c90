package org.welcomedesk.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /home}: where login leads. Sends the user on to the landing page of their role;
 * a signed-in user without any Welcome Desk role is refused.
 */
@WebServlet("/home")
public class LandingPage extends HttpServlet {

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var role = currentUser.primaryRole();
        if (role.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + role.get().landingPage());
    }
}
