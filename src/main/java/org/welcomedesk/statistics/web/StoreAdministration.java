package org.welcomedesk.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.platform.web.PageNotices;
import org.welcomedesk.statistics.application.StoreCheck;
import org.welcomedesk.statistics.application.StoreRebuild;

/** admin/index.xhtml: the statistics store's check against a recount, and its rebuild. */
@Named
@RequestScoped
public class StoreAdministration {

    @Inject
    StoreRebuild rebuild;

    @Inject
    StoreCheck check;

    public void rebuild() {
        PageNotices.confirm("statistics.store.rebuilt", rebuild.rebuild().millis());
    }

    public void check() {
        StoreCheck.Report report = check.check();
        if (report.agrees()) {
            PageNotices.confirm("statistics.store.agrees", report.cells(), report.tables());
        } else {
            PageNotices.confirm("statistics.store.differs", report.differing(), report.cells());
        }
    }
}
