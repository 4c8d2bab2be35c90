package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.registry.domain.NeedCategory;
import org.welcomedesk.registry.domain.Person;
import org.welcomedesk.registry.domain.PersonRepository;
import org.welcomedesk.services.domain.PersonProfile;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.UnmetNeedCount;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Needs the city could not meet, counted by need category and district: needs of people living
 * in the city for which no active service or opportunity would take them, and referrals declined
 * or missed. Counts only, for the planners; no person leaves this class.
 */
@ApplicationScoped
public class UnmetNeeds {

    /** Cause of a need counted because no eligible service meets it. */
    public static final String NO_ELIGIBLE_SERVICE = "NO_ELIGIBLE_SERVICE";

    private static final int BATCH = 500;

    @Inject
    PersonRepository people;

    @Inject
    ReferralRepository referrals;

    @Inject
    org.welcomedesk.services.domain.DirectoryRepository directory;

    @Inject
    RoutingProfiles profiles;

    @Inject
    ServiceMatching matching;

    @Inject
    DirectorySettings settings;

    Clock clock = Clock.systemUTC();

    /** Every count, by need, district and cause. */
    @Transactional
    public List<UnmetNeedCount> counts() {
        Map<String, long[]> tally = new TreeMap<>();
        LocalDate today = LocalDate.now(clock.withZone(settings.zone()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(settings.zone()));
        var places = directory.places();
        var taken = referrals.openCountsByService();
        String after = null;
        List<String> ids;
        do {
            ids = people.livingWithNeeds(after, BATCH);
            for (String id : ids) {
                Person person = people.find(id).orElseThrow();
                PersonProfile profile = profiles.of(person, java.util.Set.of(), today);
                for (NeedCategory need : matching.match(profile, now, places, taken).unmetNeeds()) {
                    tally.computeIfAbsent(key(need, profile.districtCode(), NO_ELIGIBLE_SERVICE), k -> new long[1])[0]++;
                }
            }
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
        List<UnmetNeedCount> counts = new ArrayList<>();
        tally.forEach((key, count) -> {
            String[] parts = key.split("\\|", -1);
            counts.add(new UnmetNeedCount(NeedCategory.valueOf(parts[0]), parts[1].isEmpty() ? null : parts[1], parts[2],
                    count[0]));
        });
        counts.addAll(referrals.closedUnmet());
        counts.sort(Comparator.comparing(UnmetNeedCount::need)
                .thenComparing(c -> Objects.toString(c.districtCode(), ""))
                .thenComparing(UnmetNeedCount::cause));
        return counts;
    }

    private static String key(NeedCategory need, String district, String cause) {
        return need.name() + "|" + (district == null ? "" : district) + "|" + cause;
    }
}
