package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.security.CurrentUser;
import org.welcomedesk.services.application.PartnerReferral;
import org.welcomedesk.services.application.Referrals;

import java.io.Serializable;
import java.util.List;

/** services/inbox.xhtml: the referrals sent to the partner's own organisation. */
@Named
@ViewScoped
public class InboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    CurrentUser currentUser;

    private transient List<PartnerReferral> inbox;

    public List<PartnerReferral> getInbox() {
        if (inbox == null) {
            inbox = referrals.inbox(currentUser.partnerCode().orElse(null));
        }
        return inbox;
    }

    /** Whether the user's account names an organisation at all (else the inbox cannot be shown). */
    public boolean isLinked() {
        return currentUser.partnerCode().isPresent();
    }
}
