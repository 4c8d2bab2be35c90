package org.welcomedesk.registry.imports.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.welcomedesk.registry.imports.application.ImportJobs;
import org.welcomedesk.registry.imports.application.ImportReport;
import org.welcomedesk.registry.imports.domain.ImportJob;
import org.welcomedesk.registry.imports.domain.ImportRow;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * desk/review/import.xhtml: one import's progress (refreshed while it runs), its counts, the
 * rows rejected or held back with reasons, the downloadable report, cancel and resume.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 50;

    @Inject
    ImportJobs imports;

    private String id;
    private int page;
    private transient ImportJob job;

    public ImportJob getJob() {
        if (job == null && id != null) {
            job = imports.job(id);
        }
        return job;
    }

    /** Called by the poll: the latest progress. */
    public void refresh() {
        job = null;
    }

    public boolean isActive() {
        ImportJob current = getJob();
        return current != null
                && !current.getStatus().isFinished()
                && current.getStatus() != ImportJob.Status.INTERRUPTED;
    }

    public List<ImportRow> getProblems() {
        return id == null ? List.of() : imports.problems(id, page * PAGE, PAGE);
    }

    public String reason(ImportRow row) {
        return ImportReport.reasonOf(
                row, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public void cancel() {
        imports.cancel(id);
        job = null;
    }

    public void resume() {
        imports.resume(id);
        job = null;
    }

    public void nextPage() {
        page++;
    }

    public void previousPage() {
        page = Math.max(0, page - 1);
    }

    /** The report as a CSV download. */
    public void downloadReport() throws IOException {
        getJob(); // an unknown id stops here, before it reaches a header
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        org.welcomedesk.platform.web.Downloads.send(
                "import-" + id + "-report.csv",
                "text/csv; charset=UTF-8",
                out -> ImportReport.write(imports, id, locale, new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    public int getPage() {
        return page;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
