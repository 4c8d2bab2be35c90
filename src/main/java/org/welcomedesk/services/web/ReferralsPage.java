package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.services.application.Referrals;

import java.io.Serializable;
import java.util.List;

/** desk/referrals.xhtml: the desk's follow-up: overdue referrals to chase, and the latest outcomes. */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    private transient List<Referrals.DeskReferral> overdue;
    private transient List<Referrals.DeskReferral> recent;

    public List<Referrals.DeskReferral> getOverdue() {
        if (overdue == null) {
            overdue = referrals.overdue();
        }
        return overdue;
    }

    public List<Referrals.DeskReferral> getRecent() {
        if (recent == null) {
            recent = referrals.recent();
        }
        return recent;
    }
}
