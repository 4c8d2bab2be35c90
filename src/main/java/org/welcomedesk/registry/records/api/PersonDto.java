package org.welcomedesk.registry.records.api;

import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.SkillGroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A person's record as the API shows it to clerks and supervisors. */
public record PersonDto(
        String id,
        long version,
        String givenNames,
        String familyNames,
        String givenNamesLatin,
        String familyNamesLatin,
        String nameOrder,
        String sex,
        String birthDate,
        Set<String> citizenships,
        String countryOfBirth,
        Set<String> languages,
        String preferredLanguage,
        boolean interpreterNeeded,
        String phone,
        String email,
        String address,
        Long districtId,
        String status,
        String householdId,
        String householdRole,
        List<DocumentDto> documents,
        List<EventDto> events,
        List<ConsentDto> consents,
        List<AssessmentDto> needsAssessments,
        List<String> skills,
        Instant updatedAt) {

    /** An identity document. */
    public record DocumentDto(long id, String type, String number, String issuingCountry, LocalDate expiryDate) {}

    /** A consent given or withdrawn. */
    public record ConsentDto(String purpose, boolean granted, Instant recordedAt, String recordedBy) {}

    /** A needs assessment at one visit. */
    public record AssessmentDto(LocalDate visitDate, List<NeedDto> needs) {}

    /** One need. */
    public record NeedDto(String category, String note) {}

    public static PersonDto of(Person p) {
        var name = p.getName();
        return new PersonDto(
                p.getId(),
                p.getVersion(),
                name.getGivenNames(),
                name.getFamilyNames(),
                name.getGivenNamesLatin(),
                name.getFamilyNamesLatin(),
                name.getOrder().name(),
                p.getSex().name(),
                p.getBirthDate().toString(),
                p.getCitizenships(),
                p.getCountryOfBirth(),
                p.getLanguages(),
                p.getPreferredLanguage(),
                p.isInterpreterNeeded(),
                p.getPhone(),
                p.getEmail(),
                p.getAddress(),
                p.getDistrictId(),
                p.getStatus().name(),
                p.getHousehold() == null ? null : p.getHousehold().getId(),
                p.getHouseholdRole() == null ? null : p.getHouseholdRole().name(),
                p.getDocuments().stream()
                        .map(d -> new DocumentDto(
                                d.getId(), d.getType().name(), d.getNumber(), d.getIssuingCountry(), d.getExpiryDate()))
                        .toList(),
                p.getEvents().stream().map(EventDto::of).toList(),
                p.getConsents().stream()
                        .map(c -> new ConsentDto(
                                c.getPurpose().name(), c.isGranted(), c.getRecordedAt(), c.getRecordedBy()))
                        .toList(),
                p.getAssessments().stream()
                        .map(a -> new AssessmentDto(
                                a.getVisitDate(),
                                a.getNeeds().stream()
                                        .map(n -> new NeedDto(n.getCategory().name(), n.getNote()))
                                        .toList()))
                        .toList(),
                p.getSkills().stream().map(SkillGroup::iscoCode).sorted().toList(),
                p.getUpdatedAt());
    }
}
