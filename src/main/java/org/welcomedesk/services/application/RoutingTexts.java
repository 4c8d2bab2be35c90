package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.welcomedesk.platform.i18n.Messages;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.platform.referencedata.domain.ReferenceCatalogue;
import org.welcomedesk.registry.records.domain.DocumentType;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceStatus;
import org.welcomedesk.registry.records.domain.Sex;
import org.welcomedesk.registry.records.domain.SkillGroup;
import org.welcomedesk.services.domain.OpeningHours;
import org.welcomedesk.services.domain.Reason;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Routing's reasons and opening hours in the reader's language: the one place codes in a
 * {@link Reason} (needs, documents, languages, districts, skills) become words, for the pages,
 * the API and the slip alike.
 */
@ApplicationScoped
public class RoutingTexts {

    @Inject
    ReferenceCatalogue catalogue;

    @Inject
    CityDistricts districts;

    /** The reason as a sentence, e.g. "Speaks Arabic here" or "Requires one of: Passport, ...". */
    public String text(Reason reason, Locale locale) {
        boolean languages =
                reason.kind() == Reason.Kind.LANGUAGE || reason.messageKey().startsWith("eligibility.LANGUAGE.");
        boolean districtCodes = reason.messageKey().startsWith("eligibility.DISTRICT.");
        Object[] arguments = reason.arguments().stream()
                .map(a -> word(a, locale, languages, districtCodes))
                .toArray();
        return Messages.text(locale, reason.messageKey(), arguments);
    }

    private Object word(Object argument, Locale locale, boolean languages, boolean districtCodes) {
        if (argument instanceof List<?> list) {
            return list.stream()
                    .map(item -> String.valueOf(word(item, locale, languages, districtCodes)))
                    .collect(Collectors.joining(", "));
        }
        if (argument instanceof NeedCategory need) {
            return Messages.text(locale, "need." + need.name());
        }
        if (argument instanceof DocumentType document) {
            return Messages.text(locale, "document." + document.name());
        }
        if (argument instanceof Sex sex) {
            return Messages.text(locale, "sex." + sex.name());
        }
        if (argument instanceof ResidenceStatus status) {
            return Messages.text(locale, "status." + status.name());
        }
        if (argument instanceof SkillGroup skill) {
            return skillName(skill, locale);
        }
        if (argument instanceof String code && languages) {
            return languageName(code, locale);
        }
        if (argument instanceof String code && districtCodes) {
            return districts.current().stream()
                    .filter(d -> d.getCode().equals(code))
                    .map(District::getName)
                    .findFirst()
                    .orElse(code);
        }
        return argument;
    }

    public String skillName(SkillGroup skill, Locale locale) {
        return Messages.text(locale, "skill." + skill.iscoCode());
    }

    public String languageName(String code, Locale locale) {
        return catalogue.languages().stream()
                .filter(l -> l.getCode().equals(code))
                .findFirst()
                .map(l -> l.nameIn(locale))
                .orElse(code);
    }

    /** Opening hours on one line per period, e.g. "Mon, Tue, Wed 09:00–17:00". */
    public String hours(List<OpeningHours> hours, Locale locale) {
        return hours.stream()
                .map(h -> h.days().stream().map(d -> dayName(d, locale)).collect(Collectors.joining(", "))
                        + " " + h.getOpensAt() + "–" + h.getClosesAt()
                        + (h.getDescription() == null ? "" : " (" + h.getDescription() + ")"))
                .collect(Collectors.joining("\n"));
    }

    private static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT, locale);
    }
}
