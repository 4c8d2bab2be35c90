package org.welcomedesk.registry.imports.domain;

import org.welcomedesk.registry.records.domain.ConsentPurpose;
import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.registry.records.domain.ResidenceEventType;

import java.util.List;

/**
 * A registry field a column of a legacy register can fill, with the header names it is
 * recognised by (English, French, Portuguese; compared without case, accents or separators).
 */
public enum ImportField {
    GIVEN_NAMES(
            true,
            "givennames",
            "givenname",
            "firstname",
            "firstnames",
            "forename",
            "prenom",
            "prenoms",
            "nome",
            "primeironome"),
    FAMILY_NAMES(
            true,
            "familynames",
            "familyname",
            "surname",
            "lastname",
            "nom",
            "nomdefamille",
            "nomfamille",
            "apelido",
            "sobrenome"),
    GIVEN_NAMES_LATIN(false, "givennameslatin", "givennamelatin"),
    FAMILY_NAMES_LATIN(false, "familynameslatin", "familynamelatin"),
    SEX(true, "sex", "gender", "sexe", "sexo", "genero"),
    BIRTH_DATE(
            false, "birthdate", "dateofbirth", "dob", "born", "datedenaissance", "datanascimento", "datadenascimento"),
    BIRTH_ESTIMATED(false, "birthestimated", "estimated", "dobestimated"),
    COUNTRY_OF_BIRTH(false, "countryofbirth", "birthcountry", "paysdenaissance", "paisdenascimento"),
    CITIZENSHIP(false, "citizenship", "citizenships", "nationality", "nationalite", "nacionalidade"),
    LANGUAGES(false, "languages", "language", "langues", "langue", "linguas", "lingua"),
    PHONE(false, "phone", "telephone", "mobile", "telefone", "telemovel"),
    EMAIL(false, "email", "mail", "courriel"),
    ADDRESS(false, "address", "adresse", "morada", "endereco"),
    DOCUMENT_TYPE(false, "documenttype", "typedocument", "tipodocumento"),
    DOCUMENT_NUMBER(
            false,
            "documentnumber",
            "document",
            "passport",
            "passportnumber",
            "idnumber",
            "numerodocument",
            "numerodocumento"),
    DOCUMENT_COUNTRY(false, "documentcountry", "issuingcountry"),
    ARRIVAL_DATE(false, "arrivaldate", "arrival", "datearrivee", "datadechegada", "datachegada"),
    PREVIOUS_COUNTRY(false, "previouscountry", "camefrom", "countryoforigin", "origin", "paysdorigine", "paisdeorigem"),
    PREVIOUS_MUNICIPALITY(false, "previousmunicipality", "previouscity", "communeprecedente", "municipioanterior"),
    DISTRICT(false, "district", "quartier", "bairro", "distrito"),
    /** How the stay began: a {@link ResidenceEventType} that establishes residence; else read from the previous place. */
    STAY_BEGAN(false, "staybegan", "arrivaltype", "typearrivee", "tipochegada"),
    INTENDED_MONTHS(false, "intendedmonths", "intendedstay", "dureeprevue", "duracaoprevista"),
    /** Rows sharing a household reference form one household (their rows follow each other in the file). */
    HOUSEHOLD(
            false, "household", "householdid", "householdreference", "menage", "foyer", "agregado", "agregadofamiliar"),
    HOUSEHOLD_ROLE(false, "householdrole", "relationship", "role", "lienmenage", "parentesco"),
    /** The later events of the stay, in the grammar of docs/api.md (Imports, History). */
    HISTORY(false, "history", "residencehistory", "historique", "historico"),
    /** The needs assessed ({@link NeedCategory} codes, each with an optional note), recorded as assessed on the import day. */
    NEEDS(false, "needs", "needsassessed", "besoins", "necessidades"),
    /** Consents given beyond registration ({@link ConsentPurpose} codes); registration's own is always recorded. */
    CONSENTS(false, "consents", "consent", "consentements", "consentement", "consentimentos", "consentimento");

    private final boolean required;
    private final List<String> headers;

    ImportField(boolean required, String... headers) {
        this.required = required;
        this.headers = List.of(headers);
    }

    /** A column for it must be mapped (a row may still leave it empty only if the registry allows). */
    public boolean isRequired() {
        return required;
    }

    /** Whether a header of a file names this field. */
    public boolean recognises(String header) {
        return headers.contains(normalise(header));
    }

    static String normalise(String header) {
        String plain = java.text.Normalizer.normalize(header == null ? "" : header, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
