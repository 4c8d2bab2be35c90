package org.welcomedesk.services.domain;

import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceStatus;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.records.domain.SkillGroup;

import java.util.Set;

/**
 * What routing needs to know about a person, and nothing more: the facts eligibility rules and
 * ranking read. Built from the registry record at the moment of matching.
 *
 * @param age            age in whole years, or null when the birth year is unknown
 * @param monthsInCity   months since the current stay began, or null when not living in the city
 * @param districtCode   the district lived in, or null
 * @param position       the district's centre, or null when unknown
 */
public record PersonProfile(
        Integer age,
        Sex sex,
        ResidenceStatus status,
        Integer monthsInCity,
        Set<DocumentType> documents,
        String districtCode,
        GeoPoint position,
        Set<String> languages,
        Set<SkillGroup> skills,
        Set<NeedCategory> needs) {

    public PersonProfile {
        documents = Set.copyOf(documents);
        languages = Set.copyOf(languages);
        skills = Set.copyOf(skills);
        needs = Set.copyOf(needs);
    }
}
