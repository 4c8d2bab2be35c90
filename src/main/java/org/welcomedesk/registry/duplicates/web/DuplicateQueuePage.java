package org.welcomedesk.registry.duplicates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.duplicates.application.DuplicateReview;
import org.welcomedesk.registry.duplicates.application.DuplicateScan;
import org.welcomedesk.registry.duplicates.domain.DuplicatePair;
import org.welcomedesk.registry.duplicates.domain.QueueFilter;
import org.welcomedesk.registry.duplicates.domain.matching.Likelihood;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * desk/review/duplicates.xhtml: the supervisors' queue of possible duplicates, narrowed and
 * sorted as they ask, and the batch scan. The filters, sort and page are view parameters, so
 * every action redirects to a URL that shows the same list on reload or back.
 */
@Named
@ViewScoped
public class DuplicateQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 20;

    /** Back to this page with the filters, sort and page in the URL. */
    private static final String THIS_PAGE = "/desk/review/duplicates?faces-redirect=true&includeViewParams=true";

    @Inject
    DuplicateReview review;

    @Inject
    DuplicateScan scan;

    private int page;
    private DuplicatePair.Source source;
    private Likelihood likelihood;
    private Long district;
    private LocalDate foundFrom;
    private LocalDate foundTo;
    private QueueFilter.Order sort;
    private transient DuplicateReview.QueuePage queue;

    public DuplicateReview.QueuePage getQueue() {
        if (queue == null) {
            queue = review.queue(filter(), getSort(), page, SIZE);
        }
        return queue;
    }

    private QueueFilter filter() {
        return QueueFilter.of(source, likelihood, district, foundFrom, foundTo, ZoneId.systemDefault());
    }

    /** Whether the supervisor narrowed the list (so "none" means "none of these", not "nothing waits"). */
    public boolean isFiltered() {
        return filter().narrows();
    }

    /** Shows the first page of what the filters and sort now say. */
    public String apply() {
        page = 0;
        return THIS_PAGE;
    }

    /** The whole queue again, most likely first. */
    public String clear() {
        return "/desk/review/duplicates?faces-redirect=true";
    }

    public String next() {
        page++;
        return THIS_PAGE;
    }

    public String previous() {
        page = Math.max(0, page - 1);
        return THIS_PAGE;
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

    public DuplicatePair.Source[] getSources() {
        return DuplicatePair.Source.values();
    }

    public Likelihood[] getLikelihoods() {
        return Likelihood.values();
    }

    public QueueFilter.Order[] getOrders() {
        return QueueFilter.Order.values();
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }

    public DuplicatePair.Source getSource() {
        return source;
    }

    public void setSource(DuplicatePair.Source source) {
        this.source = source;
    }

    public Likelihood getLikelihood() {
        return likelihood;
    }

    public void setLikelihood(Likelihood likelihood) {
        this.likelihood = likelihood;
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }

    public LocalDate getFoundFrom() {
        return foundFrom;
    }

    public void setFoundFrom(LocalDate foundFrom) {
        this.foundFrom = foundFrom;
    }

    public LocalDate getFoundTo() {
        return foundTo;
    }

    public void setFoundTo(LocalDate foundTo) {
        this.foundTo = foundTo;
    }

    public QueueFilter.Order getSort() {
        return sort == null ? QueueFilter.Order.SCORE : sort;
    }

    public void setSort(QueueFilter.Order sort) {
        this.sort = sort;
    }
}
