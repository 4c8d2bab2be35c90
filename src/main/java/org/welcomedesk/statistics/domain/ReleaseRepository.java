package org.welcomedesk.statistics.domain;

import java.util.List;
import java.util.Optional;

/** The release ledger's entries: appended, read, never changed or removed. */
public interface ReleaseRepository {

    void add(Release entry);

    /** Every entry, newest first. */
    List<Release> all();

    /** The releases (not downloads), oldest first: what a new release is checked against. */
    List<Release> releases();

    Optional<Release> find(long id);
}
