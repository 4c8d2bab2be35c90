package org.welcomedesk.services.domain;

/**
 * A document services commonly ask people to bring, named by a code so the referral slip can
 * print it in the person's language. A service's list of documents to bring is text entered in
 * the directory; an item whose wording is a standard document's, in any interface language, is
 * printed in the slip's language; any other item is printed as entered. The wording of each
 * lives in the message bundles under {@link #key()}.
 */
public enum StandardDocument {
    ANY_IDENTITY_DOCUMENT,
    ANY_IDENTITY_DOCUMENT_YOU_HAVE,
    ANY_IDENTITY_DOCUMENT_NOT_REQUIRED,
    PASSPORT_ID_CARD_OR_PERMIT,
    PASSPORT_OR_TRAVEL_DOCUMENT,
    PASSPORT_OR_TRAVEL_DOCUMENT_IF_ANY,
    PERMIT_OR_ID_CARD,
    PERMIT_OR_WORK_AUTHORISATION,
    PERMIT_OR_REFUGEE_DOCUMENT,
    PERMIT_ID_CARD_OR_REFUGEE_DOCUMENT,
    PROOF_OF_ADDRESS,
    PROOF_OF_ADDRESS_CONTRACT_OR_HOST,
    PROOF_OF_ADDRESS_IN_CITY_SIX_MONTHS,
    PROOF_OF_ADDRESS_IN_CITY_IF_ANY,
    PROOF_OF_ADDRESS_IN_SERVICE_AREA,
    PROOF_OF_INCOME_EVERY_ADULT,
    PAYSLIPS_OR_BENEFIT_LETTERS,
    MIGRATION_AGENCY_LETTERS,
    ASYLUM_OR_RESIDENCE_CASE_PAPERS,
    APPOINTMENT_LETTER,
    BANK_ACCOUNT_DETAILS,
    FAMILY_BIRTH_AND_MARRIAGE_CERTIFICATES,
    CV_IF_ANY,
    CHILD_BIRTH_CERTIFICATE_OR_ID,
    CHILD_ID_OR_BIRTH_CERTIFICATE,
    CHILD_ID,
    CHILD_VACCINATION_RECORD_IF_ANY,
    VACCINATION_RECORD,
    HEALTH_SERVICE_NUMBER_IF_ANY,
    MEDICINES_TAKEN,
    SCHOOL_CERTIFICATES,
    SCHOOL_REPORTS_IF_ANY,
    LANGUAGE_CERTIFICATE_IF_ANY,
    DIPLOMAS_AND_TRANSCRIPTS,
    TRANSLATIONS_IF_ANY,
    REFERRAL_LETTER_IF_ANY,
    RENTAL_CONTRACT,
    RENTAL_CONTRACT_AND_LANDLORD_LETTERS,
    SAFETY_BOOTS_IF_ANY,
    PARENTAL_CONSENT_FORM,
    SOCIAL_SECURITY_NUMBER_IF_ANY,
    TAX_NUMBER,
    TAX_NUMBER_IF_ANY,
    NO_DOCUMENTS_NEEDED,
    NOTHING_REQUIRED,
    NOTHING_REQUIRED_ANY_ID;

    /** The bundle key of the document's wording. */
    public String key() {
        return "bring." + name();
    }
}
