package org.welcomedesk.registry.imports.application;

import org.welcomedesk.platform.error.RuleViolation;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.registry.records.domain.ResidenceEventFacts;
import org.welcomedesk.registry.records.domain.ResidenceEventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HISTORY column of an import: the events of a stay after its arrival, as a legacy register
 * lists them. Events are separated by {@code ;}, the parts of one by {@code :}, the date first
 * (YYYY-MM-DD) and the event type (a {@link ResidenceEventType} name) second:
 * <pre>
 * MOVE_WITHIN_CITY:district
 * DEPARTURE_ABROAD:country[:intended months]      DEPARTURE_TO_MUNICIPALITY:municipality
 * ARRIVAL_FROM_ABROAD:country:district[:months]   ARRIVAL_FROM_MUNICIPALITY:municipality:district
 * TEMPORARY_STAY:country:district[:months]
 * </pre>
 * e.g. {@code 2023-04-02:MOVE_WITHIN_CITY:D03;2024-08-30:DEPARTURE_ABROAD:DE:24}. The registry
 * records no deaths: a history naming one is refused. Every problem names the field
 * {@code history} and the event's place in it (1 for the first).
 */
final class StayHistory {

    private static final String FIELD = "history";

    private StayHistory() {}

    /**
     * The events, checked against each other and the arrival: dates not before the event
     * before, districts valid on their date, moves and departures only while living in the
     * city, arrivals only after leaving it.
     */
    static List<ResidenceEventFacts> read(String value, ResidenceEventFacts arrival, List<District> districts) {
        if (value == null) {
            return List.of();
        }
        if (arrival == null) {
            throw new RuleViolation(FIELD, "import.history.noArrival");
        }
        List<ResidenceEventFacts> events = new ArrayList<>();
        LocalDate last = arrival.eventDate();
        boolean here = true;
        int number = 0;
        for (String text : value.split(";")) {
            if (text.isBlank()) {
                continue;
            }
            number++;
            ResidenceEventFacts event = event(text.split(":"), number, districts);
            if (event.eventDate().isBefore(last)) {
                throw new RuleViolation(FIELD, "import.history.order", number);
            }
            // moves and departures while living here, arrivals only after a departure
            boolean whileHere = event.type().endsResidence() || event.type() == ResidenceEventType.MOVE_WITHIN_CITY;
            if (whileHere != here) {
                throw new RuleViolation(FIELD, "import.history.sequence", number);
            }
            here = !event.type().endsResidence();
            last = event.eventDate();
            events.add(event);
        }
        return events;
    }

    private static ResidenceEventFacts event(String[] parts, int number, List<District> districts) {
        if (parts.length < 3) {
            throw new RuleViolation(FIELD, "import.history.invalid", number);
        }
        LocalDate date = date(parts[0], number);
        String kind = parts[1].strip();
        if (kind.toUpperCase(Locale.ROOT).equals("DEATH")) {
            throw new RuleViolation(FIELD, "import.history.death", number);
        }
        ResidenceEventType type = LegacyRecord.eventType(kind);
        if (type == null) {
            throw new RuleViolation(FIELD, "import.history.type", number);
        }
        String place = parts[2].strip();
        return switch (type) {
            case MOVE_WITHIN_CITY -> {
                expect(parts, 3, 3, number);
                yield facts(type, date, district(place, date, districts, number), null, null, null);
            }
            case DEPARTURE_ABROAD -> {
                expect(parts, 3, 4, number);
                yield facts(type, date, null, place.toUpperCase(Locale.ROOT), null, months(parts, 3, number));
            }
            case DEPARTURE_TO_MUNICIPALITY -> {
                expect(parts, 3, 3, number);
                yield facts(type, date, null, null, place, null);
            }
            case ARRIVAL_FROM_ABROAD, TEMPORARY_STAY -> {
                expect(parts, 4, 5, number);
                yield facts(
                        type,
                        date,
                        district(parts[3], date, districts, number),
                        place.toUpperCase(Locale.ROOT),
                        null,
                        months(parts, 4, number));
            }
            case ARRIVAL_FROM_MUNICIPALITY -> {
                expect(parts, 4, 4, number);
                yield facts(type, date, district(parts[3], date, districts, number), null, place, null);
            }
        };
    }

    private static ResidenceEventFacts facts(
            ResidenceEventType type,
            LocalDate date,
            Long district,
            String country,
            String municipality,
            Integer months) {
        return new ResidenceEventFacts(type, date, null, district, country, municipality, months);
    }

    private static void expect(String[] parts, int least, int most, int number) {
        if (parts.length < least
                || parts.length > most
                || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
            throw new RuleViolation(FIELD, "import.history.invalid", number);
        }
    }

    private static LocalDate date(String text, int number) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new RuleViolation(FIELD, "import.history.date", number);
        }
    }

    private static Long district(String code, LocalDate date, List<District> districts, int number) {
        try {
            return LegacyRecord.district(code.strip(), date, districts, FIELD);
        } catch (RuleViolation unknown) {
            throw new RuleViolation(FIELD, "import.history.district", number);
        }
    }

    private static Integer months(String[] parts, int index, int number) {
        try {
            return parts.length > index ? LegacyRecord.months(parts[index], FIELD) : null;
        } catch (RuleViolation invalid) {
            throw new RuleViolation(FIELD, "import.history.months", number);
        }
    }
}
