package org.welcomedesk.testsupport;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one way tests deploy: the application exactly as built by {@code mvn package}, so the
 * tests exercise what ships (descriptors, bundles, migrations and all).
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive application() {
        File war = new File(System.getProperty("war.file", "target/welcome-desk.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the tests with `mvn verify`");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * The application with test classes that run inside the server, and the small helpers such
     * tests share ({@link UniqueNames}, {@link Transactions}).
     */
    public static WebArchive applicationWith(Class<?>... inContainerTests) {
        return application().addClasses(inContainerTests).addClasses(UniqueNames.class, Transactions.class);
    }
}
