package org.welcomedesk.services.domain;

import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.SkillGroup;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one service at one location suits one person: eligible or not, a score that orders the
 * eligible ones, and every reason behind both. Ineligible places keep their score so a clerk
 * can still see them, folded away, with the condition that failed.
 *
 * @param distanceKm kilometres from the centre of the person's district, or null when unknown
 */
public record ServiceFit(
        ServiceAtLocation place, boolean eligible, double score, List<Reason> reasons, Double distanceKm) {

    /** Best first: eligible before ineligible, then by score, then by distance and name. */
    public static final Comparator<ServiceFit> BEST_FIRST = Comparator.comparing(ServiceFit::eligible)
            .reversed()
            .thenComparing(Comparator.comparingDouble(ServiceFit::score).reversed())
            .thenComparing(ServiceFit::distanceKm, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> f.place().getService().getName());

    public ServiceFit {
        reasons = List.copyOf(reasons);
    }

    /** The conditions the person does not meet (empty when eligible). */
    public List<Reason> unmet() {
        return reasons.stream()
                .filter(r -> r.kind() == Reason.Kind.ELIGIBILITY && !r.favourable())
                .toList();
    }

    static ServiceFit of(ServiceAtLocation place, PersonProfile person, Integer placesLeft, LocalDateTime now) {
        Service service = place.getService();
        List<Reason> reasons = new ArrayList<>();
        double score = 0;

        Set<NeedCategory> met = new TreeSet<>(service.getCategories());
        met.retainAll(person.needs());
        if (!met.isEmpty()) {
            reasons.add(Reason.of(Reason.Kind.NEED, true, "match.need", List.copyOf(met)));
            score += 40 + 5 * (met.size() - 1);
        }

        List<Reason> eligibility = service.eligibilityOf(person);
        reasons.addAll(eligibility);
        boolean eligible = eligibility.stream().allMatch(Reason::favourable);

        Set<String> spoken = new TreeSet<>(service.getLanguages());
        spoken.retainAll(person.languages());
        if (!spoken.isEmpty()) {
            reasons.add(Reason.of(Reason.Kind.LANGUAGE, true, "match.language.spoken", List.copyOf(spoken)));
            score += 20;
        } else if (!service.getLanguages().isEmpty()) {
            reasons.add(Reason.of(
                    Reason.Kind.LANGUAGE,
                    false,
                    "match.language.none",
                    List.copyOf(new TreeSet<>(service.getLanguages()))));
            score -= 10;
        }

        if (service.getOffer().isOpportunity() && !service.getSkills().isEmpty()) {
            Set<SkillGroup> held = new TreeSet<>(service.getSkills());
            held.retainAll(person.skills());
            Set<SkillGroup> missing = new TreeSet<>(service.getSkills());
            missing.removeAll(person.skills());
            if (!held.isEmpty()) {
                reasons.add(Reason.of(Reason.Kind.SKILLS, true, "match.skills.held", List.copyOf(held)));
            }
            if (!missing.isEmpty()) {
                reasons.add(Reason.of(Reason.Kind.SKILLS, false, "match.skills.missing", List.copyOf(missing)));
            }
            score += 30.0 * held.size() / service.getSkills().size();
        }

        Double distance = null;
        GeoPoint there = place.getLocation().point();
        if (there != null && person.position() != null) {
            distance = Math.round(person.position().kilometresTo(there) * 10) / 10.0;
            reasons.add(Reason.of(Reason.Kind.DISTANCE, distance <= 3, "match.distance", distance));
            score += Math.max(0, 15 - 3 * distance);
        }
        if (person.districtCode() != null
                && person.districtCode().equals(place.getLocation().getDistrictCode())) {
            reasons.add(Reason.of(Reason.Kind.DISTANCE, true, "match.district.same"));
            score += 5;
        }

        if (!place.getHours().isEmpty()) {
            boolean open = place.isOpenAt(now);
            reasons.add(Reason.of(Reason.Kind.HOURS, open, open ? "match.hours.openNow" : "match.hours.closedNow"));
            score += open ? 3 : 0;
        }

        if (placesLeft != null) {
            if (placesLeft <= 0) {
                reasons.add(Reason.of(Reason.Kind.CAPACITY, false, "match.capacity.full"));
                score -= 30;
            } else {
                reasons.add(Reason.of(
                        Reason.Kind.CAPACITY, true, "match.capacity.left", placesLeft, service.getCapacity()));
                score += Math.min(5, placesLeft);
            }
        }
        return new ServiceFit(place, eligible, score, reasons, distance);
    }
}
