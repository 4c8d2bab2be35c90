package org.welcomedesk.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where Keycloak is, read from the same variables server.xml uses (MicroProfile Config sees
 * Liberty's server variables and the environment), so there is one place to set them.
 */
@ApplicationScoped
public class KeycloakSettings {

    @Inject
    @ConfigProperty(name = "keycloak.url", defaultValue = "http://127.0.0.1:8180")
    String url;

    @Inject
    @ConfigProperty(name = "keycloak.realm", defaultValue = "welcome-desk")
    String realm;

    @Inject
    @ConfigProperty(name = "oidc.client.id", defaultValue = "welcome-desk-web")
    String clientId;

    public URI realmUri() {
        return URI.create(url + "/realms/" + realm);
    }

    /** The realm's OpenID Connect discovery document, used to check Keycloak is up. */
    public URI discoveryUri() {
        return URI.create(realmUri() + "/.well-known/openid-configuration");
    }

    /**
     * RP-initiated logout: ends the Keycloak session too, then sends the browser back to
     * {@code returnTo} (which Keycloak only accepts if the client allows it).
     */
    public URI endSessionUri(String idTokenHint, String returnTo) {
        StringBuilder uri = new StringBuilder(realmUri() + "/protocol/openid-connect/logout?client_id=")
                .append(encode(clientId))
                .append("&post_logout_redirect_uri=")
                .append(encode(returnTo));
        if (idTokenHint != null) {
            uri.append("&id_token_hint=").append(encode(idTokenHint));
        }
        return URI.create(uri.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
