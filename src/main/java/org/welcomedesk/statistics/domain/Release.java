package org.welcomedesk.statistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entry of the release ledger: a table that left the application, as a release for an
 * audience or as a download of an ad-hoc table. Keeps the definition (canonical text), the
 * protection's version (never its parameters), the SHA-256 of the output, who, when and for
 * whom. Written once: every column is insert-only and there is no setter.
 */
@Entity
@Table(name = "statistics_release")
@NamedQuery(name = Release.ALL, query = "select r from Release r order by r.occurredAt desc, r.id desc")
@NamedQuery(name = Release.OF_KIND, query = "select r from Release r where r.kind = :kind order by r.occurredAt, r.id")
public class Release {

    public static final String ALL = "Release.all";
    public static final String OF_KIND = "Release.ofKind";

    /**
     * A release for an audience, checked against earlier ones; a download of an ad-hoc table; or a
     * city's release of the national tables to the national authority (the rollup feature's).
     */
    public enum Kind {
        RELEASE,
        DOWNLOAD,
        NATIONAL
    }

    /** For whom a release is. */
    public enum Audience {
        PUBLIC,
        CITY_COUNCIL,
        NATIONAL_AUTHORITY,
        PARTNERS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "statistics_release_seq")
    @SequenceGenerator(name = "statistics_release_seq", sequenceName = "statistics_release_seq", allocationSize = 1)
    @Column(updatable = false)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 32)
    private Audience audience;

    /** CSV or XLSX for a download; null for a release (it downloads in any format). */
    @Column(updatable = false, length = 8)
    private String format;

    @Column(nullable = false, updatable = false, length = 2000)
    private String definition;

    @Column(name = "protection_version", nullable = false, updatable = false, length = 64)
    private String protectionVersion;

    @Column(name = "output_hash", nullable = false, updatable = false, length = 64)
    private String outputHash;

    /** District codes the table's rows cover, comma-separated. */
    @Column(updatable = false, length = 2000)
    private String areas;

    /** A release's output as published (protected counts only), so it downloads again unchanged. */
    @Column(updatable = false, length = 1000000)
    private String output;

    protected Release() {
        // for JPA
    }

    private Release(
            Kind kind,
            Instant occurredAt,
            String actor,
            Audience audience,
            String format,
            ReleaseDefinition definition,
            String protectionVersion,
            String outputHash,
            Set<String> areas,
            String output) {
        this(
                kind,
                occurredAt,
                actor,
                audience,
                format,
                definition.text(),
                protectionVersion,
                outputHash,
                areas,
                output);
    }

    private Release(
            Kind kind,
            Instant occurredAt,
            String actor,
            Audience audience,
            String format,
            String definition,
            String protectionVersion,
            String outputHash,
            Set<String> areas,
            String output) {
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.audience = audience;
        this.format = format;
        this.definition = definition;
        this.protectionVersion = protectionVersion;
        this.outputHash = outputHash;
        this.areas = String.join(",", new TreeSet<>(areas));
        this.output = output;
    }

    /** A table released for an audience, with its output as published. */
    public static Release released(
            Instant at,
            String actor,
            Audience audience,
            ReleaseDefinition definition,
            String protectionVersion,
            String outputHash,
            Set<String> areas,
            String output) {
        return new Release(
                Kind.RELEASE,
                at,
                actor,
                java.util.Objects.requireNonNull(audience),
                null,
                definition,
                protectionVersion,
                outputHash,
                areas,
                output);
    }

    /** An ad-hoc table downloaded as a file; the hash is the file's. */
    public static Release downloaded(
            Instant at,
            String actor,
            String format,
            ReleaseDefinition definition,
            String protectionVersion,
            String fileHash,
            Set<String> areas) {
        return new Release(
                Kind.DOWNLOAD, at, actor, null, format, definition, protectionVersion, fileHash, areas, null);
    }

    /**
     * A city's release of the national tables to the national authority: its definition is the
     * message's identity (structure, area, period, revision, release id), its hash the message's;
     * the message itself stays with the release in the rollup feature.
     */
    public static Release national(
            Instant at, String actor, String definition, String protectionVersion, String messageHash) {
        return new Release(
                Kind.NATIONAL,
                at,
                actor,
                Audience.NATIONAL_AUTHORITY,
                null,
                definition,
                protectionVersion,
                messageHash,
                Set.of(),
                null);
    }

    /** What the differencing checks compare. */
    public ReleaseCoverage coverage() {
        return new ReleaseCoverage(definition(), areas(), outputHash, occurredAt);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Audience getAudience() {
        return audience;
    }

    public String getFormat() {
        return format;
    }

    public ReleaseDefinition definition() {
        return ReleaseDefinition.parse(definition);
    }

    public String getDefinition() {
        return definition;
    }

    public String getProtectionVersion() {
        return protectionVersion;
    }

    public String getOutputHash() {
        return outputHash;
    }

    /** The first characters of the hash, enough to compare by eye. */
    public String getHashPrefix() {
        return outputHash.substring(0, Math.min(12, outputHash.length()));
    }

    public Set<String> areas() {
        return areas == null || areas.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(areas.split(",")));
    }

    public String getOutput() {
        return output;
    }
}
