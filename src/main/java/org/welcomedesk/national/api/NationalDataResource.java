package org.welcomedesk.national.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.national.application.NationalFigures;
import org.welcomedesk.national.domain.DataStructure;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.security.Role;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the national agency reads at the hub: submissions, the pooled dataset and the internal
 * migration matrix (docs/national.md, The hub's read API). Pooled counts are sums of the
 * cities' protected values; withheld cells are absent.
 */
@Path("national")
@RequestScoped
@RolesAllowed(Role.NATIONAL_NAME)
@Tag(name = "National hub")
public class NationalDataResource {

    private static final Pattern DATAFLOW = Pattern.compile("[A-Z0-9_]{1,32}");

    @Inject
    NationalFigures figures;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("submissions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Each city's latest status per period: RECEIVED, REVISED, REFUSED (nothing stored, the last "
                    + "attempt refused: its finding codes) or LATE (nothing by the deadline)")
    @APIResponse(responseCode = "200", description = "Latest period first, cities in code order")
    @APIResponse(responseCode = "404", description = "This deployment is a city, not the hub")
    public List<SubmissionDto> submissions() {
        onlyKnown(Set.of());
        return figures.submissions().stream().map(SubmissionDto::of).toList();
    }

    @GET
    @Path("data")
    @Produces({"application/vnd.sdmx.data+csv", "application/vnd.sdmx.data+json", "text/csv"})
    @Operation(
            summary = "The pooled national dataset of a period: every city's latest revision and the sums by "
                    + "region and country (REF_AREA), in SDMX-CSV 2.0 (default), SDMX-JSON 2.0 or plain CSV by Accept. "
                    + "Sums of protected values: withheld cells are absent and add nothing")
    @Parameter(
            name = "period",
            in = ParameterIn.QUERY,
            required = true,
            description = "2025 or 2025-Q1",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(
            name = "dataflow",
            in = ParameterIn.QUERY,
            description = "One table, e.g. MIGR_IMM1CTZ (default: all)",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The dataset as a file (Content-Disposition names it)")
    @APIResponse(responseCode = "400", description = "A missing or malformed period or dataflow, named in the problem")
    @APIResponse(responseCode = "404", description = "This deployment is a city, not the hub")
    public Response data() {
        onlyKnown(Set.of("period", "dataflow"));
        String period = period();
        Optional<String> dataflow = Optional.ofNullable(uri.getQueryParameters().getFirst("dataflow"));
        if (dataflow.isPresent() && !DATAFLOW.matcher(dataflow.get()).matches()) {
            throw new RuleViolation("dataflow", "national.api.dataflow");
        }
        NationalFigures.DataFile file = figures.file(period, dataflow, chosenFormat());
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .build();
    }

    @GET
    @Path("matrix")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Internal migration between the reporting cities in a period, with the mirror check: "
                            + "A's departures to B against B's arrivals from A, their difference and whether protection explains it")
    @Parameter(
            name = "period",
            in = ParameterIn.QUERY,
            required = true,
            description = "2025 or 2025-Q1",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The matrix and how much of it agrees")
    @APIResponse(responseCode = "404", description = "This deployment is a city, not the hub")
    public MatrixDto matrix() {
        onlyKnown(Set.of("period"));
        return MatrixDto.of(figures.matrix(period()));
    }

    private String period() {
        String period = uri.getQueryParameters().getFirst("period");
        if (period == null || period.isBlank()) {
            throw new RuleViolation("period", "validation.required");
        }
        if (!DataStructure.wellFormedPeriod(period)) {
            throw new RuleViolation("period", "national.api.period", period);
        }
        return period;
    }

    /** The format the caller accepts first, SDMX-CSV when it accepts anything. */
    private NationalFigures.Format chosenFormat() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            String type = accepted.getType() + "/" + accepted.getSubtype();
            if (type.equals("application/vnd.sdmx.data+json")) {
                return NationalFigures.Format.SDMX_JSON;
            }
            if (type.equals("text/csv")) {
                return NationalFigures.Format.CSV;
            }
            if (type.equals("application/vnd.sdmx.data+csv") || accepted.isWildcardType()) {
                return NationalFigures.Format.SDMX_CSV;
            }
        }
        return NationalFigures.Format.SDMX_CSV;
    }

    private void onlyKnown(Set<String> known) {
        for (Map.Entry<String, List<String>> parameter :
                uri.getQueryParameters().entrySet()) {
            if (!known.contains(parameter.getKey())) {
                throw new RuleViolation(parameter.getKey(), "national.api.unknownParameter", parameter.getKey());
            }
        }
    }
}
