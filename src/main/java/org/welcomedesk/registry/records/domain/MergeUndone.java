package org.welcomedesk.registry.records.domain;

/**
 * A merge ({@link RecordsMerged}) was undone: the merged record counts again and takes back what
 * moved with the merge. Fired synchronously in the unmerging transaction.
 *
 * @param mergeId    the merge undone
 * @param survivorId the record that stayed
 * @param mergedId   the record separated again
 */
public record MergeUndone(long mergeId, String survivorId, String mergedId) {}
