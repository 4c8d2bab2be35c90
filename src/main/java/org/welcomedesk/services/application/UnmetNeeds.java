package org.welcomedesk.services.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.services.domain.PersonProfile;
import org.welcomedesk.services.domain.ReferralRepository;
import org.welcomedesk.services.domain.ReferralStatus;
import org.welcomedesk.services.domain.UnmetNeed;
import org.welcomedesk.services.domain.UnmetNeedCount;
import org.welcomedesk.statistics.application.StatisticsProtection;
import org.welcomedesk.statistics.domain.CellKey;
import org.welcomedesk.statistics.domain.DisclosureControl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Needs the city could not meet, counted by need category, district and cause: needs of people
 * living in the city for which no active service or opportunity would take them, and referrals
 * declined or missed. A person counts once per cell. Every count is protected by the city's
 * disclosure control like every statistic: each person's record key is derived from their id,
 * so a cell has one value wherever it is shown, and a small count is withheld ("fewer than k"),
 * never shown as 1 or 2. Every need, district and cause is listed, empty ones withheld like small
 * ones, so the list itself says nothing certain. No person leaves this class.
 */
@ApplicationScoped
public class UnmetNeeds {

    /** Cause of a need counted because no eligible service meets it. */
    public static final String NO_ELIGIBLE_SERVICE = "NO_ELIGIBLE_SERVICE";

    /** The causes, in the order they are shown. */
    public static final List<String> CAUSES =
            List.of(NO_ELIGIBLE_SERVICE, ReferralStatus.DECLINED.name(), ReferralStatus.NO_SHOW.name());

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

    @Inject
    StatisticsProtection protection;

    @Inject
    CityDistricts districts;

    Clock clock = Clock.systemUTC();

    /** Every count, protected, by need, district (current districts, then none) and cause. */
    @Transactional
    public List<UnmetNeedCount> counts() {
        List<UnmetNeed> unmet = new ArrayList<>(referrals.closedUnmet());
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
                PersonProfile profile = profiles.of(person, Set.of(), today);
                for (NeedCategory need :
                        matching.match(profile, now, places, taken).unmetNeeds()) {
                    unmet.add(new UnmetNeed(need, profile.districtCode(), NO_ELIGIBLE_SERVICE, id));
                }
            }
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
        return protect(unmet);
    }

    private List<UnmetNeedCount> protect(List<UnmetNeed> unmet) {
        DisclosureControl control = protection.control();
        Map<List<String>, Set<String>> people = new HashMap<>();
        Set<String> seenDistricts = new TreeSet<>();
        for (UnmetNeed need : unmet) {
            people.computeIfAbsent(
                            List.of(need.need().name(), district(need.districtCode()), need.cause()),
                            k -> new HashSet<>())
                    .add(need.personId());
            seenDistricts.add(district(need.districtCode()));
        }
        Set<String> listed = new LinkedHashSet<>();
        districts.current().stream().map(District::getCode).sorted().forEach(listed::add);
        Set<String> rows = new LinkedHashSet<>(listed);
        rows.addAll(seenDistricts); // a district recorded before a boundary change, and none ("")
        rows.add("");
        List<UnmetNeedCount> counts = new ArrayList<>();
        for (NeedCategory need : NeedCategory.values()) {
            for (String district : rows) {
                List<UnmetNeedCount> row = new ArrayList<>();
                for (String cause : CAUSES) {
                    CellKey key = CellKey.empty();
                    for (String personId : people.getOrDefault(List.of(need.name(), district, cause), Set.of())) {
                        key = key.plus(control.derivedKey(personId));
                    }
                    row.add(new UnmetNeedCount(
                            need, district.isEmpty() ? null : district, cause, control.protect(key)));
                }
                // a district found only in the data whose row shows nothing is left out: its presence alone would tell
                if (listed.contains(district)
                        || district.isEmpty()
                        || row.stream().anyMatch(c -> !c.count().withheld())) {
                    counts.addAll(row);
                }
            }
        }
        return counts;
    }

    private static String district(String code) {
        return code == null ? "" : code;
    }
}
