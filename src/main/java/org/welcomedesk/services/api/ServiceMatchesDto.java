package org.welcomedesk.services.api;

import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.application.ServiceMatching;
import org.welcomedesk.services.domain.Reason;
import org.welcomedesk.services.domain.ServiceFit;

import java.util.List;
import java.util.Locale;

/**
 * What routing found for a person: services meeting their needs and opportunities (jobs,
 * training), eligible first, each with its reasons in the caller's language; and the needs no
 * eligible service meets.
 */
public record ServiceMatchesDto(
        List<String> needs, List<FitDto> services, List<FitDto> opportunities, List<String> unmetNeeds) {

    /** One service at one location and how it suits the person. */
    public record FitDto(
            String serviceAtLocationId,
            String serviceId,
            String serviceName,
            String organizationId,
            String organizationName,
            String locationName,
            String address,
            String offer,
            List<String> categories,
            boolean eligible,
            double score,
            Double distanceKm,
            String hours,
            List<ReasonDto> reasons) {}

    /**
     * One reason for or against: {@code text} in the caller's language, {@code messageKey} (with
     * {@code kind}) for clients that word it themselves.
     */
    public record ReasonDto(String kind, boolean favourable, String text, String messageKey) {}

    static ServiceMatchesDto of(ServiceMatching.Matches matches, RoutingTexts texts, Locale locale) {
        return new ServiceMatchesDto(
                matches.needs().stream().map(Enum::name).toList(),
                matches.services().stream().map(f -> fit(f, texts, locale)).toList(),
                matches.opportunities().stream().map(f -> fit(f, texts, locale)).toList(),
                matches.unmetNeeds().stream().map(Enum::name).toList());
    }

    private static FitDto fit(ServiceFit fit, RoutingTexts texts, Locale locale) {
        var place = fit.place();
        var service = place.getService();
        return new FitDto(
                place.getId(),
                service.getId(),
                service.getName(),
                service.getOrganization().getId(),
                service.getOrganization().getName(),
                place.getLocation().getName(),
                place.getLocation().addressLine(),
                service.getOffer().name(),
                service.getCategories().stream().map(Enum::name).sorted().toList(),
                fit.eligible(),
                Math.round(fit.score() * 10) / 10.0,
                fit.distanceKm(),
                texts.hours(place.getHours(), locale),
                fit.reasons().stream().map(r -> reason(r, texts, locale)).toList());
    }

    private static ReasonDto reason(Reason reason, RoutingTexts texts, Locale locale) {
        return new ReasonDto(
                reason.kind().name(), reason.favourable(), texts.text(reason, locale), reason.messageKey());
    }
}
