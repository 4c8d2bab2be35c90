package org.welcomedesk.national.application;

import org.welcomedesk.national.domain.Finding;

import java.util.List;

/**
 * A release the hub does not store, with why: 403 another city's area, 409 an older revision,
 * 422 a message that does not conform. The API answers it as problem details with its findings.
 */
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient List<Finding> findings;

    public Refused(int status, List<Finding> findings) {
        super("release refused: "
                + findings.stream().map(Finding::code).distinct().toList());
        this.status = status;
        this.findings = List.copyOf(findings);
    }

    public Refused(int status, Finding finding) {
        this(status, List.of(finding));
    }

    public int status() {
        return status;
    }

    public List<Finding> findings() {
        return findings;
    }
}
