package org.welcomedesk.national.domain;

import java.util.List;

/**
 * An SDMX message that cannot be read as a release at all (not CSV or JSON of the expected shape,
 * a value that is not a number, two periods in one release), with findings saying where.
 */
public class UnreadableMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    public UnreadableMessage(List<Finding> findings) {
        super(
                findings.isEmpty()
                        ? "unreadable message"
                        : findings.get(0).code() + " at " + findings.get(0).location());
        this.findings = List.copyOf(findings);
    }

    /** One finding of code MALFORMED. */
    public static UnreadableMessage at(String location, String detail) {
        return new UnreadableMessage(List.of(new Finding(
                DataStructure.MALFORMED, null, location, "national.finding.malformed", List.of(location, detail))));
    }

    public List<Finding> findings() {
        return findings;
    }
}
