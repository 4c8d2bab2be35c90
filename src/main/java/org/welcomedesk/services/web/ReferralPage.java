package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.registry.records.application.PersonRecords;
import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.services.application.ReferralSlipTexts;
import org.welcomedesk.services.application.Referrals;
import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.domain.Referral;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * desk/referral.xhtml: one referral at the desk: consent to share checked before sending, the
 * slip to print, the due date, and the outcome once the service answers.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Referrals referrals;

    @Inject
    PersonRecords records;

    @Inject
    ReferralSlipTexts slips;

    @Inject
    RoutingTexts texts;

    @Inject
    org.welcomedesk.services.application.DirectorySettings settings;

    private String code;
    private transient Referral referral;
    private String personName;
    private boolean consentOnRecord;
    private boolean consentGivenNow;
    private LocalDate dueDate;

    /** f:viewAction */
    public void load() {
        if (referral == null && code != null) {
            reload();
        }
    }

    private void reload() {
        referral = referrals.get(code);
        Person person = records.view(referral.getPersonId());
        personName = person.getName().display();
        consentOnRecord = person.hasConsentTo(ConsentPurpose.SHARING_WITH_PARTNERS);
        dueDate = referral.getDueDate();
    }

    public void send() throws IOException {
        referrals.send(code, consentGivenNow);
        showAgain("referral.sent.done");
    }

    public void cancel() throws IOException {
        referrals.cancel(code);
        showAgain("referral.cancelled.done");
    }

    public void reschedule() throws IOException {
        referrals.reschedule(code, dueDate);
        showAgain("referral.rescheduled.done");
    }

    /** After an action the browser is sent back to the referral's own address, so a reload shows it again. */
    private void showAgain(String confirmation) throws IOException {
        PageNotices.confirmAndGo(
                confirmation,
                "/desk/referral.xhtml?code=" + PageNotices.encode(getReferral().getCode()));
    }

    /** The slip as a PDF download, in the person's language where the interface has it. */
    public void downloadSlip() throws IOException {
        byte[] pdf = slips.pdf(code, PageNotices.locale());
        org.welcomedesk.platform.web.Downloads.send(
                "referral-" + getReferral().getCode() + ".pdf", "application/pdf", out -> out.write(pdf));
    }

    public String hours() {
        return texts.hours(getReferral().getPlace().getHours(), PageNotices.locale());
    }

    public boolean isOverdue() {
        return getReferral().isOverdue(LocalDate.now(settings.zone()));
    }

    public Referral getReferral() {
        if (referral == null && code != null) {
            reload();
        }
        return referral;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPersonName() {
        return personName;
    }

    public boolean isConsentOnRecord() {
        return consentOnRecord;
    }

    public boolean isConsentGivenNow() {
        return consentGivenNow;
    }

    public void setConsentGivenNow(boolean consentGivenNow) {
        this.consentGivenNow = consentGivenNow;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
