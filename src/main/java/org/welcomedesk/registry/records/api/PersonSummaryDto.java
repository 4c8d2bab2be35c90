package org.welcomedesk.registry.records.api;

import org.welcomedesk.registry.records.application.PersonSearch;

/** A search result: enough to recognise the person, and how well the name matched. */
public record PersonSummaryDto(
        String id, String name, String nameLatin, String sex, String birthDate, String status, double score) {

    public static PersonSummaryDto of(PersonSearch.Match match) {
        var p = match.person();
        return new PersonSummaryDto(
                p.getId(),
                p.getName().display(),
                p.getName().displayLatin(),
                p.getSex().name(),
                p.getBirthDate().toString(),
                p.getStatus().name(),
                Math.round(match.score() * 1000) / 1000.0);
    }
}
