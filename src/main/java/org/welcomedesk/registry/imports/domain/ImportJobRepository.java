package org.welcomedesk.registry.imports.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Imports of legacy registers and the outcome of each row. */
public interface ImportJobRepository {

    void add(ImportJob job);

    Optional<ImportJob> find(String id);

    List<ImportJob> recent(int max);

    List<ImportJob> withStatus(Set<ImportJob.Status> statuses);

    void add(ImportRow row);

    /** Rows rejected or held back as duplicates, in file order. */
    List<ImportRow> problems(String importId, int first, int max);

    /** People the import created (and not yet removed), in file order, at most {@code max}. */
    List<String> peopleCreated(String importId, int max);

    /** The rows no longer point at these people (removed by a cancel). */
    void forgetPeople(String importId, Collection<String> personIds);

    /** Which of {@code personIds} this import created. */
    Set<String> createdAmong(String importId, Collection<String> personIds);

    /** Forgets the rows' outcomes, after a cancel removed what they created. */
    void removeRows(String importId);
}
