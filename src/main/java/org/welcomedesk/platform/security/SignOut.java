package org.welcomedesk.platform.security;

import com.ibm.websphere.security.WSSecurityException;
import com.ibm.websphere.security.openidconnect.PropagationHelper;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;

/**
 * Logout from the header: ends the application session, then the Keycloak session
 * (RP-initiated logout with the ID token as hint, so Keycloak does not ask again), and
 * comes back to the public welcome page.
 */
@Named
@RequestScoped
public class SignOut {

    @Inject
    KeycloakSettings keycloak;

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String idToken = rawIdToken();
        request.logout();
        external.invalidateSession();
        String returnTo = request.getRequestURL().toString().replace(request.getRequestURI(), "")
                + request.getContextPath() + "/";
        external.redirect(keycloak.endSessionUri(idToken, returnTo).toString());
        faces.responseComplete();
    }

    private static String rawIdToken() {
        try {
            var idToken = PropagationHelper.getIdToken();
            return idToken == null ? null : idToken.getRawIdToken();
        } catch (WSSecurityException e) {
            // Without the hint Keycloak asks the user to confirm; the logout still happens.
            return null;
        }
    }
}
