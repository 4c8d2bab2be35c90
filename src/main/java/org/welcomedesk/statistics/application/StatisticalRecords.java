package org.welcomedesk.statistics.application;

import org.welcomedesk.registry.records.domain.Flow;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.ResidenceEvent;
import org.welcomedesk.statistics.domain.ObservationStatus;
import org.welcomedesk.statistics.domain.RecordKey;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * What statistics read of one person of the registry: their effective residence events as
 * {@link StatisticalEvent}s and their usual residence as {@link ResidenceSpan}s, with codes
 * and keys only. The one place a registry record becomes statistical records, for the
 * aggregate store and for the recount it is checked against.
 * <ul>
 *   <li>citizenship: the country's own when the person holds it, otherwise the first of their
 *       citizenships in code order; UNK when none is recorded;</li>
 *   <li>a departure counts in the district the person lived in before it; a move within the
 *       city carries the district left as well as the one entered;</li>
 *   <li>a merged record has nothing of its own (its events moved to the survivor), so a person
 *       merged from two records counts once.</li>
 * </ul>
 *
 * @param districtCodes the district code of a district id (every period of the city)
 * @param nationalCountry the ISO code of the city's country
 */
public record StatisticalRecords(LongFunction<String> districtCodes, String nationalCountry) {

    /** The statistical view of one person. */
    public record Of(List<StatisticalEvent> events, List<ResidenceSpan> spans) {}

    public static StatisticalRecords of(Map<Long, String> districtCodes, String nationalCountry) {
        return new StatisticalRecords(districtCodes::get, nationalCountry);
    }

    public Of of(Person person) {
        if (person.isMerged()) {
            return new Of(List.of(), List.of());
        }
        String sex = switch (person.getSex()) {
            case F -> "F";
            case M -> "M";
            default -> "UNK";
        };
        LocalDate birth = latestBirthDate(person);
        String citizenship = citizenshipOf(person);
        String birthCountry = person.getCountryOfBirth() == null ? "UNK" : person.getCountryOfBirth();
        List<StatisticalEvent> events = new ArrayList<>();
        List<ResidenceSpan> spans = new ArrayList<>();
        String livingIn = null; // the district the person lives in, between events
        ResidenceEvent spanStart = null; // the event that began the open span
        boolean temporaryStay = false; // the current stay began as temporary mobility
        ObservationStatus stayStatus = ObservationStatus.A;
        for (ResidenceEvent event : person.effectiveEvents()) {
            String district = event.getType().establishesResidence() ? code(event.getDistrictId()) : livingIn;
            String previous = event.getFlow() == Flow.MOVE_INTRA ? livingIn : null;
            String partner = event.getOtherCountry() != null ? event.getOtherCountry() : event.getOtherMunicipality();
            ObservationStatus status = event.isProvisional() ? ObservationStatus.P : ObservationStatus.A;
            int age = birth == null
                    ? -1
                    : Math.max(
                            0,
                            java.time.Period.between(birth, event.getEventDate())
                                    .getYears());
            events.add(new StatisticalEvent(
                    person.getId(),
                    RecordKey.ofFraction(event.getRecordKey()),
                    event.getFlow().name(),
                    event.getEventDate(),
                    district,
                    previous,
                    sex,
                    age,
                    citizenship,
                    birthCountry,
                    partner,
                    status));

            if (spanStart != null && !temporaryStay && event.getEventDate().isAfter(spanStart.getEventDate())) {
                // two events on one day: the later one holds for that day, the first has no span
                spans.add(span(
                        person,
                        spanStart,
                        event.getEventDate(),
                        livingIn,
                        sex,
                        birth,
                        citizenship,
                        birthCountry,
                        stayStatus));
            }
            if (event.getType().endsResidence()) {
                livingIn = null;
                spanStart = null;
                temporaryStay = false;
            } else {
                if (livingIn == null) { // a new stay begins
                    temporaryStay = event.getFlow() == Flow.TMP_MOB;
                    stayStatus = status;
                }
                livingIn = district;
                spanStart = event;
            }
        }
        if (spanStart != null && !temporaryStay) {
            spans.add(span(person, spanStart, null, livingIn, sex, birth, citizenship, birthCountry, stayStatus));
        }
        return new Of(events, spans);
    }

    private ResidenceSpan span(
            Person person,
            ResidenceEvent start,
            LocalDate to,
            String district,
            String sex,
            LocalDate birth,
            String citizenship,
            String birthCountry,
            ObservationStatus status) {
        return new ResidenceSpan(
                person.getId(),
                RecordKey.ofFraction(start.getRecordKey()),
                start.getEventDate(),
                to,
                district,
                sex,
                birth,
                citizenship,
                birthCountry,
                status);
    }

    private String code(Long districtId) {
        String code = districtId == null ? null : districtCodes.apply(districtId);
        return code == null ? "UNK" : code;
    }

    private String citizenshipOf(Person person) {
        var held = person.getCitizenships();
        if (held.isEmpty()) {
            return "UNK";
        }
        return held.contains(nationalCountry)
                ? nationalCountry
                : held.stream().sorted().findFirst().orElseThrow();
    }

    /** The latest date the person can have been born on: ages are the youngest possible, as the registry shows them. */
    private static LocalDate latestBirthDate(Person person) {
        var birth = person.getBirthDate();
        if (birth == null || birth.getYear() == null) {
            return null;
        }
        if (birth.getDay() != null) {
            return LocalDate.of(birth.getYear(), birth.getMonth(), birth.getDay());
        }
        return birth.getMonth() != null
                ? YearMonth.of(birth.getYear(), birth.getMonth()).atEndOfMonth()
                : LocalDate.of(birth.getYear(), 12, 31);
    }
}
