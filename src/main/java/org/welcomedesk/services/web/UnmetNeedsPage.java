package org.welcomedesk.services.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.services.application.UnmetNeeds;
import org.welcomedesk.services.domain.UnmetNeedCount;

import java.io.Serializable;
import java.util.List;

/** The unmet-needs table on statistics/index.xhtml: counts by need, district and cause. */
@Named
@ViewScoped
public class UnmetNeedsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnmetNeeds unmetNeeds;

    private List<UnmetNeedCount> counts;

    public List<UnmetNeedCount> getCounts() {
        if (counts == null) {
            counts = unmetNeeds.counts();
        }
        return counts;
    }
}
