package org.welcomedesk.statistics.application;

/**
 * The aggregate store's contents, as rebuilding and starting see them: the tables that keep
 * each person's counted contributions, and the copy in memory that tables are counted from.
 * Kept current by the store itself (it observes the registry's changes); this is for the times
 * it is filled from scratch.
 */
public interface StoreContents {

    /** Whether the store holds no row at all (first start, or an upgrade that added it). */
    boolean isEmpty();

    /** Reads the stored contents into memory (at start). */
    void load();

    /** Begins a rebuild: the tables are emptied; queries keep reading the contents in memory until it ends. */
    void beginRebuild();

    /**
     * Counts the next {@code batch} people of the registry after {@code afterId} (in id order) into
     * the rebuilt store, in a transaction of its own.
     *
     * @return the last id counted, or null when there was nobody left
     */
    String rebuildAfter(String afterId, int batch);

    /** Ends a rebuild: queries now read the rebuilt contents. */
    void endRebuild();
}
