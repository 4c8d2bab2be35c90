package org.welcomedesk.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Welcome Desk REST API, version 1. Every call carries a Keycloak-issued bearer token
 * (client credentials for machines); the token's realm roles decide what it may do.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Welcome Desk API",
                        version = "1",
                        description = "The city's migrant help desk: registry, services and statistics. "
                                + "Errors are RFC 9457 problem details (application/problem+json)."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "Access token from the welcome-desk Keycloak realm")
public class RestApplication extends Application {}
