package org.welcomedesk.rollup.domain;

import org.welcomedesk.platform.error.RuleViolation;

/** Four eyes: the person who prepared a release may not approve it (403 in the API). */
public class OwnApproval extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public OwnApproval() {
        super("status", "rollup.approval.own");
    }
}
