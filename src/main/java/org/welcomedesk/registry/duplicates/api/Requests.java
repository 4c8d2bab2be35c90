package org.welcomedesk.registry.duplicates.api;

/** Request bodies of the duplicates API. */
final class Requests {

    private Requests() {}

    /** A supervisor's merge: the record that stays, and the pair version reviewed. */
    public record MergeRequest(String survivorId, Long version) {}

    /** A supervisor's "not the same person", for the pair version reviewed. */
    public record DecisionRequest(Long version) {}

    /** The likely and possible thresholds, in bits of Fellegi-Sunter evidence. */
    public record ThresholdsRequest(Double likely, Double possible) {}
}
