package org.welcomedesk.registry.imports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.BodyLimit;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.platform.text.PlainText;
import org.welcomedesk.registry.imports.application.ImportJobs;
import org.welcomedesk.registry.imports.application.ImportReport;
import org.welcomedesk.registry.imports.domain.ColumnMapping;
import org.welcomedesk.registry.imports.domain.ImportField;
import org.welcomedesk.registry.imports.domain.ImportJob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk imports of legacy registers (CSV): start one (a dry run or for real), follow its
 * progress and counts, read or download the rows rejected or held back as duplicates, cancel
 * or resume it. Supervisors and administrators only.
 */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
@Tag(name = "Imports")
public class ImportResource {

    private static final int PAGE = 100;
    /** As much as the imports page takes (web.xml's multipart limit). */
    private static final long LARGEST_FILE = 500L * 1024 * 1024;

    @Inject
    ImportJobs imports;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary =
                    "Start an import: parts `file` (CSV, UTF-8, header line; or an Excel .xlsx workbook, its first sheet), optional `mapping` "
                            + "(JSON object registry field → column header; suggested from the headers when absent) and `dryRun` (true/false)")
    @APIResponse(responseCode = "202", description = "The import job; follow its Location")
    @APIResponse(
            responseCode = "400",
            description = "Problem details: unreadable file, a required field not mapped, an unknown column")
    @BodyLimit(bytes = LARGEST_FILE)
    public Response start(List<EntityPart> parts) throws IOException {
        EntityPart file = null;
        String mapping = null;
        String dryRun = null;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (EntityPart part : parts) {
            // An unknown or repeated part is refused: a misspelt "dryrun" must not start a real import.
            String name = part.getName() == null ? "" : part.getName();
            if (!seen.add(name)) {
                throw new RuleViolation(name, "validation.duplicateField");
            }
            switch (name) {
                case "file" -> file = part;
                case "mapping" -> mapping = part.getContent(String.class);
                case "dryRun" -> dryRun = part.getContent(String.class);
                default -> throw new RuleViolation(name.isEmpty() ? "body" : name, "validation.unknownField");
            }
        }
        boolean dry = RequestBodies.flag(dryRun, "dryRun", false);
        if (file == null) {
            throw new RuleViolation("file", "validation.required");
        }
        try (InputStream content = file.getContent()) {
            return started(file.getFileName().orElse("import.csv"), content, mapping, dry);
        }
    }

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @Operation(summary = "Start an import from a CSV or .xlsx body; the mapping is suggested from the headers")
    @APIResponse(responseCode = "202", description = "The import job; follow its Location")
    @BodyLimit(bytes = LARGEST_FILE)
    public Response startFromBody(
            @QueryParam("fileName") @DefaultValue("import.csv") String fileName,
            @QueryParam("dryRun") String dryRun,
            InputStream body) {
        return started(fileName, body, null, RequestBodies.flag(dryRun, "dryRun", false));
    }

    private Response started(String fileName, InputStream content, String mappingJson, boolean dryRun) {
        PlainText.check("fileName", fileName);
        // Read before the file is stored, so a bad mapping leaves nothing behind.
        ColumnMapping given = mappingJson == null || mappingJson.isBlank() ? null : mapping(mappingJson);
        ImportJobs.Upload upload = imports.upload(fileName, content);
        ColumnMapping mapping = given == null ? upload.suggested() : given;
        ImportJob job = imports.start(upload, mapping, dryRun);
        return Response.accepted(ImportDto.of(job, List.of(), locale()))
                .location(uriInfo.getBaseUriBuilder()
                        .path("imports")
                        .path(job.getId())
                        .build())
                .build();
    }

    private static ColumnMapping mapping(String json) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        JsonObject object = RequestBodies.json(json, JsonObject.class, "mapping");
        for (String key : object.keySet()) {
            ImportField field;
            try {
                field = ImportField.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("mapping." + key, "import.mapping.unknownField");
            }
            if (!(object.get(key) instanceof JsonString column)) {
                throw new RuleViolation("mapping." + key, "validation.text");
            }
            columns.put(field, column.getString());
        }
        return new ColumnMapping(columns);
    }

    @GET
    @Operation(summary = "Recent imports, newest first")
    public List<ImportDto> recent() {
        return imports.recent().stream()
                .map(j -> ImportDto.of(j, List.of(), locale()))
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary =
                    "Progress, counts and one page of the rows rejected or held back (reasons in the caller's language)")
    @APIResponse(responseCode = "200", description = "The import")
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportDto get(@PathParam("id") String id, @QueryParam("page") String page) {
        int first = RequestBodies.wholeNumber(page, "page", 0, 0, Integer.MAX_VALUE / PAGE) * PAGE;
        ImportJob job = imports.job(id);
        return ImportDto.of(job, imports.problems(id, first, PAGE), locale());
    }

    @GET
    @Path("/{id}/report")
    @Produces("text/csv")
    @Operation(summary = "Every row rejected or held back, as CSV: row, outcome, field, reason, the row as it was")
    public Response report(@PathParam("id") String id) {
        ImportJob job = imports.job(id);
        Locale locale = locale();
        StreamingOutput csv =
                out -> ImportReport.write(imports, id, locale, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(csv)
                .header("Content-Disposition", "attachment; filename=\"import-" + job.getId() + "-report.csv\"")
                .build();
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel: the import stops and removes every person it created")
    @APIResponse(responseCode = "202", description = "Cancelling")
    public Response cancel(@PathParam("id") String id) {
        imports.cancel(id);
        return Response.accepted(ImportDto.of(imports.job(id), List.of(), locale()))
                .build();
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume an interrupted import after its last committed chunk")
    @APIResponse(responseCode = "202", description = "Resumed")
    public Response resume(@PathParam("id") String id) {
        imports.resume(id);
        return Response.accepted(ImportDto.of(imports.job(id), List.of(), locale()))
                .build();
    }

    private Locale locale() {
        return RequestBodies.locale(headers);
    }
}
