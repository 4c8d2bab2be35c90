package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.security.CurrentUser;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.services.application.PartnerReferral;
import org.welcomedesk.services.application.Referrals;
import org.welcomedesk.services.domain.DeclineReason;

import java.io.IOException;
import java.io.Serializable;

/**
 * services/referral.xhtml: one referral as the partner sees it, to accept or decline, then close
 * as completed or no-show. Another organisation's referral is not found, like a code that does not exist.
 */
@Named
@ViewScoped
public class PartnerReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    CurrentUser currentUser;

    private String code;
    private PartnerReferral referral;
    private DeclineReason reason;
    private String note;

    /** f:viewAction; not found unless the referral was sent to the user's organisation. */
    public void load() {
        if (referral == null && code != null) {
            referral = referrals.forPartner(code, partner());
        }
    }

    public void accept() throws IOException {
        referral = referrals.accept(code, partner());
        showAgain("referral.accepted.done");
    }

    public void decline() throws IOException {
        referral = referrals.decline(code, partner(), reason, note);
        showAgain("referral.declined.done");
    }

    public void complete() throws IOException {
        referral = referrals.complete(code, partner());
        showAgain("referral.completed.done");
    }

    public void markNoShow() throws IOException {
        referral = referrals.markNoShow(code, partner());
        showAgain("referral.noShow.done");
    }

    /** After an action the browser is sent back to the referral's own address, so a reload shows it again. */
    private void showAgain(String confirmation) throws IOException {
        PageNotices.confirmAndGo(confirmation, "/services/referral.xhtml?code=" + PageNotices.encode(referral.code()));
    }

    private String partner() {
        return currentUser.partnerCode().orElse(null);
    }

    public DeclineReason[] getDeclineReasons() {
        return DeclineReason.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public PartnerReferral getReferral() {
        return referral;
    }

    public DeclineReason getReason() {
        return reason;
    }

    public void setReason(DeclineReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
