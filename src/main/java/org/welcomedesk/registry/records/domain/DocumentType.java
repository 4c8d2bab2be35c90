package org.welcomedesk.registry.records.domain;

/** Kinds of identity document a person may show. */
public enum DocumentType {
    PASSPORT,
    NATIONAL_ID,
    RESIDENCE_PERMIT,
    REFUGEE_DOCUMENT,
    BIRTH_CERTIFICATE,
    TRAVEL_DOCUMENT,
    OTHER
}
