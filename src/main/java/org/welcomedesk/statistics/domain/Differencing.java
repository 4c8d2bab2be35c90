package org.welcomedesk.statistics.domain;

import org.welcomedesk.platform.error.RuleViolation;

import java.util.List;

/**
 * Why a release is refused: taken together with itself or an earlier release, it would let
 * someone subtract one published count from another and learn a small one. Carries a message
 * key of the interface bundles and its arguments, naming what it differences.
 *
 * @param kind       which attack it opens
 * @param messageKey the translated reason
 * @param arguments  what it differences (codes, periods, dates of earlier releases)
 */
public record Differencing(Kind kind, String messageKey, List<String> arguments) {

    /** The attacks by differencing the checks refuse. */
    public enum Kind {
        /** Areas before and after a boundary change for the same days. */
        BOUNDARY_CHANGE,
        /** A period inside or overlapping another of the same cells (a quarter and its year). */
        NESTED_PERIODS,
        /** The same table with one more filter. */
        NESTED_FILTERS,
        /** A filter leaving few people outside it. */
        SMALL_COMPLEMENT,
        /** Cells already released, now with other values. */
        REVISION
    }

    public Differencing {
        arguments = List.copyOf(arguments);
    }

    /** The refusal to show the planner, naming the release's definition as the field at fault. */
    public RuleViolation refusal() {
        return new RuleViolation("definition", messageKey, arguments.toArray());
    }
}
