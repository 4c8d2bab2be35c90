package org.welcomedesk.rollup.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.platform.security.CurrentUser;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.rollup.application.FindingTexts;
import org.welcomedesk.rollup.application.NationalReleases;
import org.welcomedesk.rollup.domain.Submission;
import org.welcomedesk.rollup.domain.SubmissionState;

import java.io.Serializable;
import java.util.List;

/**
 * statistics/national.xhtml: the city's releases to the national hub. Prepare a period, the
 * list with states, one release's detail (findings, changes, attempts, the hub's answer) and
 * Approve for an approver who did not prepare it. Translates clicks into
 * {@link NationalReleases}; the release itself enforces four eyes.
 */
@Named
@ViewScoped
public class NationalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NationalReleases releases;

    @Inject
    CurrentUser currentUser;

    private String period;

    /** The release shown in detail (?release=id). */
    private String release;

    private transient List<Submission> list;
    private transient NationalReleases.Detail detail;

    public List<Submission> getReleases() {
        if (list == null) {
            list = releases.all();
        }
        return list;
    }

    /** Prepares the period typed in and shows it. */
    public void prepare() {
        Submission prepared = releases.prepare(period);
        show(prepared.getReleaseId());
        PageNotices.confirm("rollup.prepared", prepared.getPeriod(), prepared.getRevision());
    }

    /** Approves the release shown. */
    public void approve() {
        Submission approved = releases.approve(release);
        show(approved.getReleaseId());
        PageNotices.confirm("rollup.approved", approved.getPeriod(), approved.getRevision());
    }

    /** Prepares the revisions due (periods sent whose values changed). */
    public void prepareRevisions() {
        int prepared = releases.prepareRevisions().size();
        list = null;
        PageNotices.confirm("rollup.revisionsPrepared", prepared);
    }

    public void show(String releaseId) {
        release = releaseId;
        detail = null;
        list = null;
    }

    public NationalReleases.Detail getDetail() {
        if (detail == null && release != null && !release.isBlank()) {
            detail = releases.detail(release);
        }
        return detail;
    }

    /** Approve is offered to an approver, for a prepared release someone else prepared. */
    public boolean isApprovable() {
        NationalReleases.Detail shown = getDetail();
        return shown != null
                && shown.release().getState() == SubmissionState.PREPARED
                && currentUser.hasRole(Role.APPROVER_NAME)
                && !isOwn();
    }

    /** The release shown was prepared by the signed-in user (who may therefore not approve it). */
    public boolean isOwn() {
        NationalReleases.Detail shown = getDetail();
        return shown != null && shown.release().getPreparedBy().equals(currentUser.getName());
    }

    /** A finding in the page's language. */
    public String text(Finding finding) {
        return FindingTexts.text(PageNotices.locale(), finding);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getRelease() {
        return release;
    }

    public void setRelease(String release) {
        show(release);
    }
}
