package org.welcomedesk.services.web;

import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.domain.Reason;
import org.welcomedesk.services.domain.ServiceFit;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** One matched place as a page shows it: names, reasons in words, opening hours. */
public record FitView(
        String placeId,
        String serviceName,
        String organizationName,
        String locationName,
        String address,
        String offer,
        boolean eligible,
        List<Line> reasons,
        String hours,
        List<org.welcomedesk.registry.records.domain.NeedCategory> needs)
        implements Serializable {

    /** A reason in words, and whether it counts for or against the service. */
    public record Line(String text, boolean favourable, String kind) implements Serializable {}

    static FitView of(ServiceFit fit, RoutingTexts texts, Locale locale) {
        var place = fit.place();
        var service = place.getService();
        return new FitView(
                place.getId(),
                service.getName(),
                service.getOrganization().getName(),
                place.getLocation().getName(),
                place.getLocation().addressLine(),
                service.getOffer().name(),
                fit.eligible(),
                fit.reasons().stream().map(r -> line(r, texts, locale)).toList(),
                texts.hours(place.getHours(), locale),
                service.getCategories().stream().sorted().toList());
    }

    private static Line line(Reason reason, RoutingTexts texts, Locale locale) {
        return new Line(
                texts.text(reason, locale), reason.favourable(), reason.kind().name());
    }
}
