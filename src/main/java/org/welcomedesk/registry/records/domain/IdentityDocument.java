package org.welcomedesk.registry.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.welcomedesk.platform.error.RuleViolation;

import java.time.LocalDate;
import java.util.Locale;

/** An identity document a person showed at the counter. */
@Entity
@Table(name = "identity_document")
public class IdentityDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "registry_seq")
    @SequenceGenerator(name = "registry_seq", sequenceName = "registry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false, updatable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentType type;

    @Column(nullable = false)
    private String number;

    // Upper-case letters and digits only, so "ab 123-456" finds "AB123456".
    @Column(name = "number_key", nullable = false)
    private String numberKey;

    @Column(name = "issuing_country")
    private String issuingCountry;

    @Column(name = "expiry_date")
    private LocalDate expiryDate;

    protected IdentityDocument() {
        // for JPA
    }

    IdentityDocument(Person person, DocumentType type, String number, String issuingCountry, LocalDate expiryDate) {
        if (type == null) {
            throw new RuleViolation("documentType", "validation.required");
        }
        if (number == null || numberKey(number).isEmpty()) {
            throw new RuleViolation("documentNumber", "validation.required");
        }
        if (number.strip().length() > 64) {
            throw new RuleViolation("documentNumber", "validation.tooLong");
        }
        this.person = person;
        this.type = type;
        this.number = number.strip();
        this.numberKey = numberKey(number);
        this.issuingCountry = issuingCountry;
        this.expiryDate = expiryDate;
    }

    /** The form of a document number used for lookups. */
    public static String numberKey(String number) {
        return number == null ? "" : number.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    public boolean isExpiredOn(LocalDate date) {
        return expiryDate != null && expiryDate.isBefore(date);
    }

    public Long getId() {
        return id;
    }

    public DocumentType getType() {
        return type;
    }

    public String getNumber() {
        return number;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }
}
