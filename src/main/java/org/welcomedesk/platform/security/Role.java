package org.welcomedesk.platform.security;

/**
 * The roles of Welcome Desk's users, as granted by Keycloak realm roles of the same name.
 * The order is the order of precedence when a user holds several roles: it decides which
 * landing page they see first.
 */
public enum Role {
    ADMIN("/admin/index.xhtml"),
    SUPERVISOR("/desk/index.xhtml"),
    CLERK("/desk/index.xhtml"),
    PLANNER("/statistics/index.xhtml"),
    NATIONAL("/national/index.xhtml"),
    PARTNER("/services/inbox.xhtml");

    /** Role names as they appear in {@code @RolesAllowed} and web.xml. */
    public static final String CLERK_NAME = "clerk";

    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String PLANNER_NAME = "planner";
    public static final String PARTNER_NAME = "partner";
    public static final String NATIONAL_NAME = "national";
    public static final String ADMIN_NAME = "admin";

    /**
     * Roles that add a right to a user's role rather than being one: approving a national
     * release another planner prepared (four eyes), and sending a city's releases to the
     * national hub (a city's machine client, whose token names the city).
     */
    public static final String APPROVER_NAME = "approver";

    public static final String CITY_SENDER_NAME = "city-sender";

    private final String landingPage;

    Role(String landingPage) {
        this.landingPage = landingPage;
    }

    /** The name used by Keycloak, the container and the resource bundles. */
    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The page, relative to the application, a user with this role starts from. */
    public String landingPage() {
        return landingPage;
    }
}
