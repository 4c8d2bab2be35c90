package org.welcomedesk.registry.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * What became of one row of an import: imported (with the person it made), rejected (with
 * the field and reason, and the row as it was for the report), or held back as a duplicate
 * of someone in the registry or earlier in the same file.
 */
@Entity
@Table(name = "import_row")
@IdClass(ImportRow.Key.class)
@NamedQuery(
        name = ImportRow.PROBLEMS,
        query = "select r from ImportRow r where r.importId = :importId"
                + " and r.outcome in :outcomes order by r.rowNumber")
@NamedQuery(
        name = ImportRow.PEOPLE_CREATED,
        query = "select r.personId from ImportRow r where r.importId = :importId"
                + " and r.personId is not null order by r.rowNumber")
@NamedQuery(
        name = ImportRow.CREATED_AMONG,
        query = "select r.personId from ImportRow r where r.importId = :importId" + " and r.personId in :ids")
@NamedQuery(
        name = "ImportRow.forgetPeople",
        query = "update ImportRow r set r.personId = null" + " where r.importId = :importId and r.personId in :ids")
@NamedQuery(name = "ImportRow.removeOfImport", query = "delete from ImportRow r where r.importId = :importId")
public class ImportRow {

    static final String PROBLEMS = "ImportRow.problems";
    static final String PEOPLE_CREATED = "ImportRow.peopleCreated";
    static final String CREATED_AMONG = "ImportRow.createdAmong";

    /** The outcome of a row. */
    public enum Outcome {
        IMPORTED,
        /** Would be imported (dry run). */
        VALID,
        /** Imported, and queued for review beside a possible duplicate. */
        POSSIBLE_DUPLICATE,
        /** Not imported: likely someone already in the registry. */
        DUPLICATE,
        /** Not imported: likely the same person as an earlier row of the file. */
        DUPLICATE_IN_FILE,
        REJECTED;

        public boolean isProblem() {
            return this == REJECTED || this == DUPLICATE || this == DUPLICATE_IN_FILE || this == POSSIBLE_DUPLICATE;
        }
    }

    @Id
    @Column(name = "import_id")
    private String importId;

    @Id
    @Column(name = "row_number")
    private int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "match_id")
    private String matchId;

    private String field;

    private String reason;

    @Column(length = 4000)
    private String original;

    protected ImportRow() {
        // for JPA
    }

    private ImportRow(String importId, int rowNumber, Outcome outcome) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.outcome = outcome;
    }

    public static ImportRow imported(String importId, int rowNumber, String personId, boolean dryRun) {
        ImportRow row = new ImportRow(importId, rowNumber, dryRun ? Outcome.VALID : Outcome.IMPORTED);
        row.personId = dryRun ? null : personId;
        return row;
    }

    public static ImportRow possibleDuplicate(String importId, int rowNumber, String personId, String matchId) {
        ImportRow row = new ImportRow(importId, rowNumber, Outcome.POSSIBLE_DUPLICATE);
        row.personId = personId;
        row.matchId = matchId;
        return row;
    }

    public static ImportRow duplicate(String importId, int rowNumber, String matchId, boolean inFile, String original) {
        ImportRow row = new ImportRow(importId, rowNumber, inFile ? Outcome.DUPLICATE_IN_FILE : Outcome.DUPLICATE);
        row.matchId = matchId;
        row.original = cut(original, 4000);
        return row;
    }

    public static ImportRow rejected(String importId, int rowNumber, String field, String reason, String original) {
        ImportRow row = new ImportRow(importId, rowNumber, Outcome.REJECTED);
        row.field = cut(field, 64);
        row.reason = cut(reason, 200);
        row.original = cut(original, 4000);
        return row;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getPersonId() {
        return personId;
    }

    public String getMatchId() {
        return matchId;
    }

    public String getField() {
        return field;
    }

    /** A message key (with its arguments after '|'), translated when shown. */
    public String getReason() {
        return reason;
    }

    public String getOriginal() {
        return original;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String importId;
        private int rowNumber;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(importId, other.importId) && rowNumber == other.rowNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, rowNumber);
        }
    }
}
