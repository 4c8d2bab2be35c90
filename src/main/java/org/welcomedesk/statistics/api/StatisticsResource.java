package org.welcomedesk.statistics.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.statistics.application.ReleaseLedger;
import org.welcomedesk.statistics.application.StatisticsTables;
import org.welcomedesk.statistics.application.TableFiles;
import org.welcomedesk.statistics.application.TableQueries;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The city's migration statistics for planners and their systems (the statistics-reader
 * client): flows and population by chosen dimensions, filters and periods, protected exactly
 * like the pages (through {@link StatisticsTables}), and the release ledger with its releases
 * to download again. Read only: releases are published from the planners' page.
 */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PLANNER_NAME)
@Tag(name = "Statistics")
public class StatisticsResource {

    @Inject
    StatisticsTables tables;

    @Inject
    ReleaseLedger ledger;

    @Inject
    TableFiles files;

    @Inject
    TableQueries queries;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("flows")
    @Operation(
            summary =
                    "Migration flows (persons per flow type and period, by event date), every count protected "
                            + "by the cell key method: withheld values absent with CONF_STATUS A, never 0; totals need not add up")
    @APIResponse(responseCode = "200", description = "The protected table")
    @APIResponse(
            responseCode = "400",
            description =
                    "An unknown parameter, dimension or code, or a table the "
                            + "design guards refuse (finer than a quarter, too many breakdowns by district), named in the problem")
    @Parameter(
            name = TableQueries.BREAKDOWN,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            description = "Dimensions of the rows: FLOW, "
                    + "DISTRICT, SEX, AGE, CITIZEN, C_BIRTH, PARTNER (repeat or separate with commas)")
    @Parameter(
            name = TableQueries.FILTER,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            description = "A dimension fixed to one code, as "
                    + "DIMENSION:CODE (FLOW:IMM, SEX:F, DISTRICT:D02); FLOW must be broken down by or filtered")
    @Parameter(
            name = TableQueries.PERIOD,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            required = true,
            description = "SDMX periods: 2025, 2025-Q1")
    @Parameter(
            name = TableQueries.COUNTRIES,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            description = "ISO (default), NAT_FOR or TOP")
    public TableDto flows() {
        var definition = queries.flows(uri.getQueryParameters());
        return TableDto.of(tables.flows(definition), note());
    }

    @GET
    @Path("population")
    @Operation(summary = "Resident population (stock) on reference dates, every count protected like flows")
    @APIResponse(responseCode = "200", description = "The protected table")
    @APIResponse(
            responseCode = "400",
            description = "An unknown parameter, dimension, code or date, named in the problem")
    @Parameter(
            name = TableQueries.BREAKDOWN,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            description = "DISTRICT, SEX, AGE, CITIZEN, C_BIRTH")
    @Parameter(
            name = TableQueries.FILTER,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            description = "DIMENSION:CODE")
    @Parameter(
            name = TableQueries.DATE,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            required = true,
            description = "ISO dates: 2025-01-01")
    @Parameter(
            name = TableQueries.COUNTRIES,
            in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING),
            description = "ISO (default), NAT_FOR or TOP")
    public TableDto population() {
        var definition = queries.population(uri.getQueryParameters());
        return TableDto.of(tables.population(definition, TableQueries.countries(uri.getQueryParameters())), note());
    }

    @GET
    @Path("releases")
    @Operation(
            summary = "The release ledger, newest first: releases for an audience and downloads of ad-hoc tables, "
                    + "each with its definition, protection version and SHA-256 of the output")
    public List<ReleaseDto> releases() {
        TableQueries.onlyKnown(uri.getQueryParameters(), Set.of());
        return ledger.entries().stream().map(ReleaseDto::of).toList();
    }

    @GET
    @Path("releases/{id}")
    @Operation(summary = "A release's table exactly as it was released")
    @APIResponse(responseCode = "404", description = "No such release")
    public TableDto release(@PathParam("id") long id) {
        TableQueries.onlyKnown(uri.getQueryParameters(), Set.of());
        return TableDto.of(ledger.releasedTable(id), note());
    }

    @GET
    @Path("releases/{id}/file")
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        MediaType.APPLICATION_JSON
    })
    @Operation(
            summary = "A release downloaded again as a file (format=CSV or XLSX) in the Accept-Language; "
                    + "the download is recorded in the ledger")
    @APIResponse(responseCode = "404", description = "No such release")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "CSV (default) or XLSX")
    public Response file(@PathParam("id") long id) {
        TableQueries.onlyKnown(uri.getQueryParameters(), Set.of("format"));
        String format = uri.getQueryParameters().getFirst("format");
        TableFiles.Format chosen = format == null
                ? TableFiles.Format.CSV
                : java.util.Arrays.stream(TableFiles.Format.values())
                        .filter(f -> f.name().equals(format))
                        .findFirst()
                        .orElseThrow(() -> new RuleViolation("format", "statistics.api.unknownCode", format));
        TableFiles.File file = ledger.download(id, chosen, locale());
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .build();
    }

    private Locale locale() {
        return RequestBodies.locale(headers);
    }

    private String note() {
        return Messages.text(locale(), "statistics.api.note");
    }
}
