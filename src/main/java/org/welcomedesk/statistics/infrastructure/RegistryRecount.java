package org.welcomedesk.statistics.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.welcomedesk.platform.referencedata.application.CityDistricts;
import org.welcomedesk.platform.referencedata.domain.District;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.statistics.application.StatisticalRecords;
import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.application.StoreReference;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.ResidenceSpan;
import org.welcomedesk.statistics.domain.StatisticalEvent;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts straight from the registry: every person read and counted by {@link Recount}. Slow (it
 * reads the whole registry) but it is the definition itself: what the aggregate store is
 * checked against ({@link StoreReference}: tables are counted from the aggregate store).
 */
@ApplicationScoped
@StoreReference
public class RegistryRecount implements StatisticsSource {

    private static final int BATCH = 500;

    @Inject
    PersonRepository people;

    @Inject
    CityDistricts districts;

    @Inject
    @ConfigProperty(name = "welcomedesk.city.country", defaultValue = "PT")
    String nationalCountry;

    @Override
    @Transactional
    public Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table) {
        return Recount.count(table, read().events());
    }

    @Override
    @Transactional
    public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table) {
        return Recount.population(table, read().spans());
    }

    /** Every person's statistical records. */
    @Transactional
    public StatisticalRecords.Of read() {
        StatisticalRecords records = records();
        List<StatisticalEvent> events = new ArrayList<>();
        List<ResidenceSpan> spans = new ArrayList<>();
        String after = null;
        List<String> ids;
        do {
            ids = people.idsAfter(after, BATCH);
            for (Person person : people.findAllWithResidence(ids)) {
                StatisticalRecords.Of of = records.of(person);
                events.addAll(of.events());
                spans.addAll(of.spans());
            }
            after = ids.isEmpty() ? after : ids.get(ids.size() - 1);
        } while (ids.size() == BATCH);
        return new StatisticalRecords.Of(events, spans);
    }

    /** How a person of this city becomes statistical records. */
    public StatisticalRecords records() {
        Map<Long, String> codes =
                districts.history().stream().collect(Collectors.toMap(District::getId, District::getCode));
        return StatisticalRecords.of(codes, nationalCountry);
    }
}
