package org.welcomedesk.privacy.domain;

import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing in the application can alter an audit entry once written. */
class AuditEntryTest {

    @Test
    void everyColumnIsInsertOnly() {
        List<Field> persistent = Arrays.stream(AuditEntry.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .toList();
        assertFalse(persistent.isEmpty());
        for (Field field : persistent) {
            Column column = field.getAnnotation(Column.class);
            assertTrue(column != null && !column.updatable(), field.getName() + " must be @Column(updatable = false)");
        }
    }

    @Test
    void anEntryHasNoSetters() {
        List<String> setters = Arrays.stream(AuditEntry.class.getMethods())
                .map(Method::getName)
                .filter(name -> name.startsWith("set"))
                .toList();
        assertEquals(List.of(), setters);
    }

    @Test
    void theLogCanOnlyAppendAndRead() {
        Set<String> operations = Set.copyOf(
                Arrays.stream(AuditLog.class.getMethods()).map(Method::getName).toList());
        assertEquals(Set.of("append", "of"), operations);
    }

    @Test
    void longFieldListsAreCutToTheColumn() {
        var fields = java.util.Collections.nCopies(500, "familyNamesLatin");
        var entry = new AuditEntry(java.time.Instant.now(), "clerk", AuditEntry.Action.UPDATE, "person", "p1", fields);
        assertTrue(String.join(",", entry.getFields()).length() <= 2000);
    }
}
