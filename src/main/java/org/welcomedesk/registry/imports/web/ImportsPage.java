package org.welcomedesk.registry.imports.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.registry.imports.application.ImportJobs;
import org.welcomedesk.registry.imports.domain.ColumnMapping;
import org.welcomedesk.registry.imports.domain.ImportField;
import org.welcomedesk.registry.imports.domain.ImportJob;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * desk/review/imports.xhtml: upload a legacy register, check how its columns map onto the
 * registry's fields, start a dry run or the real import, and follow the imports under way.
 */
@Named
@ViewScoped
public class ImportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportJobs imports;

    private transient Part file;
    private ImportJobs.Upload upload;
    private final Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
    private boolean dryRun = true;

    /** Stores the file and suggests a mapping from its headers. */
    public void uploadFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            throw new RuleViolation("file", "import.file.empty");
        }
        try (InputStream content = file.getInputStream()) {
            upload = imports.upload(file.getSubmittedFileName(), content);
        }
        mapping.clear();
        for (ImportField field : ImportField.values()) {
            mapping.put(field, upload.suggested().columns().getOrDefault(field, ""));
        }
    }

    /** Starts the import with the mapping as corrected, then opens its progress page. */
    public void start() throws IOException {
        Map<ImportField, String> chosen = new EnumMap<>(ImportField.class);
        mapping.forEach((field, column) -> {
            if (column != null && !column.isBlank()) {
                chosen.put(field, column);
            }
        });
        ImportJob job = imports.start(upload, new ColumnMapping(chosen), dryRun);
        upload = null;
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/desk/review/import.xhtml?id=" + job.getId());
    }

    public List<ImportJob> getRecent() {
        return imports.recent();
    }

    public List<ImportField> getFields() {
        return List.of(ImportField.values());
    }

    public List<String> getHeaders() {
        return upload == null ? List.of() : new ArrayList<>(upload.headers());
    }

    public Map<ImportField, String> getMapping() {
        return mapping;
    }

    public ImportJobs.Upload getUpload() {
        return upload;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }
}
