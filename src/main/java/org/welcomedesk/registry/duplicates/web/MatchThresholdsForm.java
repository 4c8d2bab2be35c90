package org.welcomedesk.registry.duplicates.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.duplicates.application.DuplicateCheck;
import org.welcomedesk.registry.duplicates.domain.matching.MatchThresholds;

import java.io.Serializable;

/** admin/index.xhtml: the thresholds from which a pair is a likely or a possible duplicate. */
@Named
@ViewScoped
public class MatchThresholdsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DuplicateCheck check;

    private Double likely;
    private Double possible;

    @PostConstruct
    void load() {
        MatchThresholds current = check.thresholds();
        likely = current.likely();
        possible = current.possible();
    }

    public void save() {
        check.changeThresholds(likely, possible);
        org.welcomedesk.platform.web.PageNotices.confirm("admin.thresholds.saved");
    }

    public Double getLikely() {
        return likely;
    }

    public void setLikely(Double likely) {
        this.likely = likely;
    }

    public Double getPossible() {
        return possible;
    }

    public void setPossible(Double possible) {
        this.possible = possible;
    }

    public MatchThresholds getDefaults() {
        return MatchThresholds.defaults();
    }
}
