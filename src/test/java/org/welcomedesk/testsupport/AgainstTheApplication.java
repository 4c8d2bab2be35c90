package org.welcomedesk.testsupport;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test of the running application: the tests' own Keycloak, then Arquillian's test server.
 * Inherited, so the test classes extending {@link OnTheTestServer} get both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface AgainstTheApplication {}
