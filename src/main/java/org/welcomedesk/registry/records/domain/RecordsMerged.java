package org.welcomedesk.registry.records.domain;

/**
 * Two records of one person were merged: what the merged record had now belongs to the
 * survivor. Fired synchronously by the duplicates' review in the merging transaction; a feature
 * that keeps items of its own on people moves them to the survivor and remembers which moved
 * with this merge, to move them back if it is undone ({@link MergeUndone}).
 *
 * @param mergeId    the merge, as the review keeps it
 * @param survivorId the record that stays
 * @param mergedId   the record merged away
 */
public record RecordsMerged(long mergeId, String survivorId, String mergedId) {}
