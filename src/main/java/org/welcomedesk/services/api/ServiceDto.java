package org.welcomedesk.services.api;

import org.welcomedesk.services.application.RoutingTexts;
import org.welcomedesk.services.domain.Service;
import org.welcomedesk.services.domain.ServiceAtLocation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A service read by id: what it offers, who may use it (its eligibility rules), the languages
 * spoken and skills asked for (named in the caller's language), what to bring, its capacity,
 * and the places it is offered at with their opening hours.
 */
public record ServiceDto(
        String id,
        long version,
        String name,
        String organizationId,
        String organizationName,
        String description,
        String url,
        String email,
        String phone,
        String status,
        String offer,
        String eligibilityDescription,
        String applicationProcess,
        String feesDescription,
        Integer capacity,
        List<String> categories,
        List<CodeDto> languages,
        List<CodeDto> skills,
        List<String> documentsToBring,
        List<RuleDto> rules,
        List<PlaceDto> places) {

    /** One eligibility rule: a criterion (MIN_AGE, SEX, DOCUMENT, ...) and its value. */
    public record RuleDto(String criterion, String value) {}

    /** A code and its name in the caller's language (a language, an ISCO-08 group). */
    public record CodeDto(String code, String name) {}

    static ServiceDto of(Service s, List<ServiceAtLocation> places, RoutingTexts texts, Locale locale) {
        return new ServiceDto(
                s.getId(),
                s.getVersion(),
                s.getName(),
                s.getOrganization().getId(),
                s.getOrganization().getName(),
                s.getDescription(),
                s.getUrl(),
                s.getEmail(),
                s.getPhone(),
                s.getStatus().name(),
                s.getOffer().name(),
                s.getEligibilityDescription(),
                s.getApplicationProcess(),
                s.getFeesDescription(),
                s.getCapacity(),
                s.getCategories().stream().map(Enum::name).sorted().toList(),
                s.getLanguages().stream()
                        .sorted()
                        .map(code -> new CodeDto(code, texts.languageName(code, locale)))
                        .toList(),
                s.getSkills().stream()
                        .sorted(Comparator.comparing(k -> k.iscoCode()))
                        .map(k -> new CodeDto(k.iscoCode(), texts.skillName(k, locale)))
                        .toList(),
                s.getDocumentsToBring(),
                s.getRules().stream()
                        .map(r -> new RuleDto(r.getCriterion().name(), r.getValue()))
                        .toList(),
                places.stream().map(p -> PlaceDto.of(p, texts, locale)).toList());
    }
}
