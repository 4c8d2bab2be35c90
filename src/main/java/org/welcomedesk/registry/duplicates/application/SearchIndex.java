package org.welcomedesk.registry.duplicates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.welcomedesk.registry.records.domain.PersonRepository;

import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps every person findable: files people registered before the current name and match keys
 * existed (after an upgrade), a slice per transaction, so a large registry is indexed in
 * bounded steps while the desk works.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final int SLICE = 500;

    @Inject
    PersonRepository people;

    @Inject
    SearchIndex self;

    /** Indexes everyone not yet indexed; returns how many. */
    public int backfill() {
        int total = 0;
        int done;
        while ((done = self.indexSlice()) > 0) {
            total += done;
        }
        if (total > 0) {
            int indexed = total;
            LOG.info(() -> "Search index: " + indexed + " people filed");
        }
        return total;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int indexSlice() {
        List<String> ids = people.notIndexed(SLICE);
        people.findAll(ids).forEach(people::reindex);
        return ids.size();
    }
}
