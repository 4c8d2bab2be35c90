package org.welcomedesk.registry.records.application;

/**
 * What a clerk searches by: a name (any script, any spelling), a date of birth (full or
 * partial), a document number, a phone number. Empty fields are ignored.
 */
public record PersonQuery(
        String name, Integer birthYear, Integer birthMonth, Integer birthDay, String documentNumber, String phone) {

    public boolean isEmpty() {
        return blank(name) && birthYear == null && blank(documentNumber) && blank(phone);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
