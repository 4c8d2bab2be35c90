package org.welcomedesk.services.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** One condition of a service's eligibility, kept as data: a criterion and its value. */
@Embeddable
public class EligibilityRule {

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", nullable = false)
    private Criterion criterion;

    @Column(name = "rule_value", nullable = false, length = 400)
    private String value;

    protected EligibilityRule() {
        // for JPA
    }

    /** A rule with its value checked and normalised (see {@link Criterion#normalise}). */
    public EligibilityRule(Criterion criterion, String value) {
        if (criterion == null) {
            throw new org.welcomedesk.platform.error.RuleViolation("criterion", "validation.required");
        }
        this.criterion = criterion;
        this.value = criterion.normalise(value);
    }

    /** Whether the person meets the condition, as a reason the clerk can read. */
    public Reason evaluate(PersonProfile person) {
        return criterion.evaluate(value, person);
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EligibilityRule r && r.criterion == criterion && r.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, value);
    }

    @Override
    public String toString() {
        return criterion + "=" + value;
    }
}
