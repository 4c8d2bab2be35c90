package org.welcomedesk.platform.error;

import java.util.Map;

/**
 * Someone else saved the record since this edit began. Carries the record as it now is, so
 * the user can compare both versions and nothing is silently overwritten.
 */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;
    private final transient Map<String, Object> current;

    public EditConflict(long currentVersion, Map<String, Object> current) {
        super("edited concurrently; now at version " + currentVersion);
        this.currentVersion = currentVersion;
        this.current = Map.copyOf(current.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** The version now saved, or -1 when the other save was detected only at write time. */
    public long currentVersion() {
        return currentVersion;
    }

    /** The saved values, by field. */
    public Map<String, Object> current() {
        return current;
    }
}
