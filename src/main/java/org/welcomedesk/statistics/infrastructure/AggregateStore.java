package org.welcomedesk.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.welcomedesk.registry.records.domain.Person;
import org.welcomedesk.registry.records.domain.PersonRepository;
import org.welcomedesk.registry.records.domain.ResidenceRecordsChanged;
import org.welcomedesk.statistics.application.StatisticalRecords;
import org.welcomedesk.statistics.application.StatisticsSource;
import org.welcomedesk.statistics.application.StoreContents;
import org.welcomedesk.statistics.application.StoreReference;
import org.welcomedesk.statistics.domain.PopulationDefinition;
import org.welcomedesk.statistics.domain.Recount;
import org.welcomedesk.statistics.domain.TableDefinition;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The aggregate store every statistics table is counted from: each person's counted events and
 * residence spans, kept in the database (rebuildable) and in memory (counted from). Kept current
 * in the registry's own transaction: when the registry says a person's records changed, their
 * rows are recomputed and replaced before it commits, so store and registry never disagree; the
 * copy in memory follows once the transaction has committed.
 */
@ApplicationScoped
public class AggregateStore implements StatisticsSource, StoreContents {

    private static final Object PENDING = AggregateStore.class.getName() + ".pending";

    @PersistenceContext(unitName = "welcomedesk")
    EntityManager em;

    @Inject
    PersonRepository people;

    @Inject
    @StoreReference
    RegistryRecount recount;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    private final StoreTables tables = new StoreTables();

    /** What queries count from. */
    private volatile StoreIndex index = new StoreIndex();
    /** Being filled by a rebuild or a load, else null; changes committed meanwhile are applied to it too. */
    private volatile StoreIndex next;
    /** Changes committed while loading, applied again once the stored rows are read. */
    private final List<Contributions> committedWhileLoading = new ArrayList<>();

    private boolean loading;
    /**
     * People whose committed change reached {@link #next} while a rebuild runs: what the rebuild
     * read of them may be older, so it does not replace them there.
     */
    private final Set<String> changedDuringRebuild = new HashSet<>();

    @Override
    public Map<Recount.Coordinates, Recount.Cell> flows(TableDefinition table) {
        return index.flows(table);
    }

    @Override
    public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table) {
        return index.population(table);
    }

    @Override
    public Map<Recount.Stock, Recount.Cell> population(PopulationDefinition table, UnaryOperator<String> group) {
        return index.population(table, group);
    }

    /** Recomputes the changed people's rows, in the transaction that changed them. */
    void onChange(@Observes ResidenceRecordsChanged change) {
        replace(change.personIds());
    }

    private void replace(Collection<String> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        List<Contributions> fresh = contributionsOf(personIds, people.findAll(personIds));
        try {
            tables.replace(connection(), fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics store could not be updated", e);
        }
        if (transactions.getTransactionKey() == null) {
            committed(fresh);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Contributions> pending = (Map<String, Contributions>) transactions.getResource(PENDING);
        if (pending == null) {
            Map<String, Contributions> changes = new LinkedHashMap<>();
            transactions.putResource(PENDING, changes);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed(changes.values());
                    }
                }
            });
            pending = changes;
        }
        for (Contributions person : fresh) {
            pending.put(person.unit(), person);
        }
    }

    /** Each person as they now are; someone no longer in the registry (removed) counts nowhere. */
    private List<Contributions> contributionsOf(Collection<String> personIds, List<Person> read) {
        StatisticalRecords records = recount.records();
        Map<String, Person> found = read.stream().collect(Collectors.toMap(Person::getId, Function.identity()));
        List<Contributions> fresh = new ArrayList<>(personIds.size());
        for (String id : personIds) {
            Person person = found.get(id);
            fresh.add(person == null ? Contributions.none(id) : Contributions.of(id, records.of(person)));
        }
        return fresh;
    }

    private synchronized void committed(Collection<Contributions> changes) {
        index.replace(changes);
        if (next != null) {
            next.replace(changes);
            changes.forEach(person -> changedDuringRebuild.add(person.unit()));
        }
        if (loading) {
            committedWhileLoading.addAll(changes);
        }
    }

    @Override
    @Transactional
    public boolean isEmpty() {
        try {
            return tables.isEmpty(connection());
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics store could not be read", e);
        }
    }

    @Override
    @Transactional
    public void load() {
        StoreIndex loaded = new StoreIndex();
        synchronized (this) {
            loading = true;
            committedWhileLoading.clear();
        }
        try {
            tables.readInto(connection(), loaded);
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics store could not be read", e);
        } finally {
            synchronized (this) {
                loaded.replace(committedWhileLoading);
                committedWhileLoading.clear();
                loading = false;
                index = loaded;
            }
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void beginRebuild() {
        try {
            tables.clear(connection());
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics store could not be emptied", e);
        }
        synchronized (this) {
            changedDuringRebuild.clear();
            next = new StoreIndex();
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String rebuildAfter(String afterId, int batch) {
        List<String> ids = people.idsAfter(afterId, batch);
        if (ids.isEmpty()) {
            return null;
        }
        List<Contributions> fresh = contributionsOf(ids, people.findAllWithResidence(ids));
        try {
            // people changed meanwhile have a later value of their own in the tables, which wins
            tables.insertSegment(connection(), fresh);
        } catch (SQLException e) {
            throw new IllegalStateException("the statistics store could not be rebuilt", e);
        }
        synchronized (this) {
            next.replace(fresh.stream()
                    .filter(person -> !changedDuringRebuild.contains(person.unit()))
                    .toList());
        }
        return ids.get(ids.size() - 1);
    }

    @Override
    public synchronized void endRebuild() {
        if (next != null) {
            index = next;
            next = null;
            changedDuringRebuild.clear();
        }
    }

    /** The connection of the current transaction, the one the registry's change is written on. */
    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("the statistics store is written inside a transaction");
        }
        return connection;
    }
}
