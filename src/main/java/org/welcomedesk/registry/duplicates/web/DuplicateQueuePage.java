package org.welcomedesk.registry.duplicates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.application.DuplicateScan;

import java.io.Serializable;

/** desk/review/duplicates.xhtml: the supervisors' queue of possible duplicates, and the batch scan. */
@Named
@ViewScoped
public class DuplicateQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 20;

    @Inject
    DuplicateReview review;

    @Inject
    DuplicateScan scan;

    private int page;
    private transient DuplicateReview.QueuePage queue;

    public DuplicateReview.QueuePage getQueue() {
        if (queue == null) {
            queue = review.queue(page, SIZE);
        }
        return queue;
    }

    public void next() {
        page++;
        queue = null;
    }

    public void previous() {
        page = Math.max(0, page - 1);
        queue = null;
    }

    public void startScan() {
        scan.startInBackground();
    }

    public boolean isScanRunning() {
        return scan.isRunning();
    }

    public DuplicateScan.ScanReport getLastScan() {
        return scan.lastScan();
    }

    public int getPage() {
        return page;
    }
}
