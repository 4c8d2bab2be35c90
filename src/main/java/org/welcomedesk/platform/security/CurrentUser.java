package org.welcomedesk.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user as the pages see them: their name and the roles the container granted
 * them. Reads the request each time, so it can never disagree with the container.
 */
@Named
@RequestScoped
public class CurrentUser {

    /** The token claim naming a partner's organisation (mapped from the Keycloak user attribute). */
    public static final String PARTNER_CLAIM = "organisation";

    @Inject
    HttpServletRequest request;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    /** The Keycloak user name (never shown in logs or URLs). */
    public String getName() {
        return isSignedIn() ? request.getUserPrincipal().getName() : "";
    }

    /** The roles held, in order of precedence. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values())
                .filter(r -> request.isUserInRole(r.roleName()))
                .toList();
    }

    /** The role that decides the landing page and is shown in the header. */
    public Optional<Role> primaryRole() {
        return getRoles().stream().findFirst();
    }

    /** For pages: the primary role's name, or empty when the user holds none. */
    public String getPrimaryRoleName() {
        return primaryRole().map(Role::roleName).orElse("");
    }

    /**
     * The partner organisation the user works for: the {@code organisation} claim Keycloak puts
     * in their token (the ID token of a browser login, the bearer token of an API call).
     */
    public Optional<String> partnerCode() {
        Object claim = null;
        if (request.getUserPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token) {
            claim = token.getClaim(PARTNER_CLAIM);
        } else if (isSignedIn()) {
            var idToken = com.ibm.websphere.security.openidconnect.PropagationHelper.getIdToken();
            claim = idToken == null ? null : idToken.getClaim(PARTNER_CLAIM);
        }
        String code = claim instanceof jakarta.json.JsonString json
                ? json.getString()
                : claim == null ? null : claim.toString().strip();
        return code == null || code.isEmpty() ? Optional.empty() : Optional.of(code);
    }

    public boolean hasRole(String roleName) {
        return request.isUserInRole(roleName);
    }
}
