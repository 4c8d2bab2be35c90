package org.welcomedesk.statistics.domain;

import java.util.OptionalLong;

/**
 * The one way a count leaves the application: perturbed by the cell key method, then withheld
 * below the cell's threshold. Every output (pages, charts, downloads, the API, national
 * releases) protects its cells here, so one cell has one published value everywhere.
 */
public final class DisclosureControl {

    private final PerturbationTable table;
    private final ThreadLocal<javax.crypto.Mac> derivation;

    public DisclosureControl(ProtectionParameters parameters) {
        this.table = new PerturbationTable(parameters);
        this.derivation = ThreadLocal.withInitial(() -> RecordKey.keyedBy(parameters.secret()));
    }

    /** The version of the protection, recorded with releases. */
    public String version() {
        return table.parameters().version();
    }

    /** A cell as it may be published. */
    public ProtectedCount protect(CellKey cell, Sensitivity sensitivity, ObservationStatus status) {
        int threshold = table.parameters().threshold(sensitivity);
        long published = table.perturbed(cell);
        if (published < threshold) {
            // a withheld cell shows no status: "provisional" would say that someone is in it
            return new ProtectedCount(OptionalLong.empty(), threshold, ObservationStatus.A);
        }
        return new ProtectedCount(OptionalLong.of(published), threshold, status);
    }

    /** A final cell of ordinary sensitivity. */
    public ProtectedCount protect(CellKey cell) {
        return protect(cell, Sensitivity.ORDINARY, ObservationStatus.A);
    }

    /** A key for a record without a stored key, derived with this protection's secret. */
    public RecordKey derivedKey(String recordId) {
        return RecordKey.derived(derivation.get(), recordId);
    }
}
