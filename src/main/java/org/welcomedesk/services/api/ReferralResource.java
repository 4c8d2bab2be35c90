package org.welcomedesk.services.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.welcomedesk.platform.api.RequestBodies;
import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.security.CurrentUser;
import org.welcomedesk.platform.security.Role;
import org.welcomedesk.services.application.DirectorySettings;
import org.welcomedesk.services.application.ReferralSlipTexts;
import org.welcomedesk.services.application.Referrals;
import org.welcomedesk.services.domain.Referral;

import java.time.LocalDate;
import java.util.List;

/**
 * Closed-loop referrals. The desk (clerks, supervisors) drafts, sends with consent checked,
 * reschedules, cancels and prints the slip; the receiving partner works its inbox: accept or
 * decline, then complete or no-show. A partner sees only referrals to its own organisation (the
 * {@code organisation} claim of its token), and only what the person agreed to share.
 */
@Path("referrals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
public class ReferralResource {

    @Inject
    Referrals referrals;

    @Inject
    ReferralSlipTexts slips;

    @Inject
    CurrentUser currentUser;

    @Inject
    DirectorySettings settings;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    // ---- the desk -------------------------------------------------------------------------

    @POST
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Draft a referral of a person to a service at a location, for one need the service meets")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.NewReferral.class)))
    @APIResponse(responseCode = "201", description = "Drafted; Location is /referrals/{code}")
    @APIResponse(responseCode = "400", description = "Problem details naming each invalid field")
    @APIResponse(responseCode = "404", description = "No such person or service at location")
    public Response draft(String body) {
        var request = RequestBodies.json(body, Requests.NewReferral.class);
        Referral referral = referrals.draft(
                Requests.required(request.personId(), "personId"),
                Requests.required(request.serviceAtLocationId(), "serviceAtLocationId"),
                Requests.need(request.need(), "need"),
                request.note(),
                Requests.date(request.dueDate(), "dueDate"));
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(referral.getCode())
                        .build())
                .entity(desk(referral))
                .build();
    }

    @GET
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(
            summary = "Referrals to follow up: list=overdue (sent or accepted, past the due date) or "
                    + "list=recent (latest changes; the default), with the person's name; or personId= for one "
                    + "person's referrals, newest first")
    @APIResponse(responseCode = "200", description = "The referrals")
    @APIResponse(responseCode = "400", description = "An unknown list")
    public List<ReferralDto> list(
            @QueryParam("list") @Parameter(description = "overdue or recent") String list,
            @QueryParam("personId") @Parameter(description = "A person's id") String personId) {
        if (personId != null && !personId.isBlank()) {
            return referrals.ofPerson(personId.strip()).stream().map(this::desk).toList();
        }
        String which = list == null || list.isBlank() ? "recent" : list.strip();
        List<Referrals.DeskReferral> found = switch (which) {
            case "overdue" -> referrals.overdue();
            case "recent" -> referrals.recent();
            default -> throw new RuleViolation("list", "api.referralList.unknown", which);
        };
        return found.stream()
                .map(d -> ReferralDto.of(d.referral(), d.personName(), d.overdue()))
                .toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Role.PARTNER_NAME, Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(
            summary = "One referral. The desk sees the whole referral with its steps; a partner sees only "
                    + "what was shared with it, and only for referrals to its own organisation")
    @APIResponse(
            responseCode = "200",
            description = "The desk view (ReferralDto) or the partner view (PartnerReferralDto)")
    @APIResponse(
            responseCode = "404",
            description = "No such referral, or (to a partner) one not sent to its organisation")
    public Response get(@PathParam("code") String code) {
        // Partner first: whoever holds the partner role gets the partner view, never the desk's.
        if (security.isUserInRole(Role.PARTNER_NAME)) {
            return Response.ok(PartnerReferralDto.of(referrals.forPartner(code, partnerCode())))
                    .build();
        }
        return Response.ok(desk(referrals.get(code))).build();
    }

    @POST
    @Path("{code}/send")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(
            summary = "Send a draft to the service: {\"consentGivenNow\": true} records the person's consent "
                    + "to share with partners first; without consent on record the send is refused (field consent)")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.Send.class)))
    @APIResponse(responseCode = "200", description = "Sent")
    @APIResponse(
            responseCode = "400",
            description = "No consent to share (field consent), or not a draft (field status)")
    public ReferralDto send(@PathParam("code") String code, String body) {
        var request = Requests.parseOptional(body, Requests.Send.class, new Requests.Send(false));
        return desk(referrals.send(code, Boolean.TRUE.equals(request.consentGivenNow())));
    }

    @POST
    @Path("{code}/cancel")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Cancel a draft or sent referral")
    @APIResponse(responseCode = "200", description = "Cancelled")
    @APIResponse(responseCode = "400", description = "Already answered or closed (field status)")
    public ReferralDto cancel(@PathParam("code") String code) {
        return desk(referrals.cancel(code));
    }

    @POST
    @Path("{code}/due-date")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Change the due date: {\"dueDate\": \"2026-12-01\"}, never in the past")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.DueDate.class)))
    @APIResponse(responseCode = "200", description = "Rescheduled")
    @APIResponse(responseCode = "400", description = "Missing, malformed or past date (field dueDate)")
    public ReferralDto reschedule(@PathParam("code") String code, String body) {
        var request = RequestBodies.json(body, Requests.DueDate.class);
        return desk(referrals.reschedule(code, Requests.date(request.dueDate(), "dueDate")));
    }

    @GET
    @Path("{code}/slip")
    @RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
    @Produces("application/pdf")
    @Operation(
            summary = "The referral slip to print or hand over, as PDF, in the person's preferred language "
                    + "where the interface has it (else the Accept-Language); it carries no name")
    @APIResponse(responseCode = "200", description = "The slip", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such referral")
    public Response slip(@PathParam("code") String code) {
        String stored = referrals.get(code).getCode();
        byte[] pdf = slips.pdf(stored, RequestBodies.locale(headers));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"referral-" + stored + ".pdf\"")
                .build();
    }

    // ---- the partner ----------------------------------------------------------------------

    @GET
    @Path("inbox")
    @RolesAllowed(Role.PARTNER_NAME)
    @Operation(
            summary = "The partner's inbox: referrals sent to its organisation, newest first "
                    + "(empty when the token names no organisation)")
    public List<PartnerReferralDto> inbox() {
        return referrals.inbox(partnerCode()).stream()
                .map(PartnerReferralDto::of)
                .toList();
    }

    @POST
    @Path("{code}/accept")
    @RolesAllowed(Role.PARTNER_NAME)
    @Operation(summary = "Accept a sent referral")
    @APIResponse(responseCode = "200", description = "Accepted")
    @APIResponse(responseCode = "400", description = "Not sent, or already answered (field status)")
    @APIResponse(responseCode = "404", description = "No such referral, or another organisation's: the same answer")
    public PartnerReferralDto accept(@PathParam("code") String code) {
        return PartnerReferralDto.of(referrals.accept(code, partnerCode()));
    }

    @POST
    @Path("{code}/decline")
    @RolesAllowed(Role.PARTNER_NAME)
    @Operation(
            summary = "Decline a sent or accepted referral: {\"reason\": \"NO_CAPACITY\", \"note\": \"...\"}; "
                    + "reasons NO_CAPACITY, NOT_ELIGIBLE, UNABLE_TO_CONTACT, PERSON_DECLINED, OUT_OF_AREA, OTHER")
    @RequestBody(content = @Content(schema = @Schema(implementation = Requests.Decline.class)))
    @APIResponse(responseCode = "200", description = "Declined")
    @APIResponse(responseCode = "400", description = "Missing or unknown reason (field reason), or already closed")
    @APIResponse(responseCode = "404", description = "No such referral, or another organisation's: the same answer")
    public PartnerReferralDto decline(@PathParam("code") String code, String body) {
        var request = RequestBodies.json(body, Requests.Decline.class);
        return PartnerReferralDto.of(referrals.decline(
                code, partnerCode(), Requests.declineReason(request.reason(), "reason"), request.note()));
    }

    @POST
    @Path("{code}/complete")
    @RolesAllowed(Role.PARTNER_NAME)
    @Operation(summary = "The person was served: closes an accepted referral")
    @APIResponse(responseCode = "200", description = "Completed")
    @APIResponse(responseCode = "400", description = "Not accepted (field status)")
    @APIResponse(responseCode = "404", description = "No such referral, or another organisation's: the same answer")
    public PartnerReferralDto complete(@PathParam("code") String code) {
        return PartnerReferralDto.of(referrals.complete(code, partnerCode()));
    }

    @POST
    @Path("{code}/no-show")
    @RolesAllowed(Role.PARTNER_NAME)
    @Operation(summary = "The person did not come: closes an accepted referral")
    @APIResponse(responseCode = "200", description = "Marked as no-show")
    @APIResponse(responseCode = "400", description = "Not accepted (field status)")
    @APIResponse(responseCode = "404", description = "No such referral, or another organisation's: the same answer")
    public PartnerReferralDto noShow(@PathParam("code") String code) {
        return PartnerReferralDto.of(referrals.markNoShow(code, partnerCode()));
    }

    // ---- translation ----------------------------------------------------------------------

    private String partnerCode() {
        return currentUser.partnerCode().orElse(null);
    }

    private ReferralDto desk(Referral referral) {
        return ReferralDto.of(referral, null, referral.isOverdue(LocalDate.now(settings.zone())));
    }
}
