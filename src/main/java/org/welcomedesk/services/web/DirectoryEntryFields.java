package org.welcomedesk.services.web;

import java.io.Serializable;

/**
 * What every directory editor's form holds: which entry it edits (none yet for a new one), the
 * version it was opened on, and the entry's name and description. The subclasses add their own
 * fields and turn them into the directory's form; the directory checks them.
 */
public abstract class DirectoryEntryFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String id;
    private Long version;
    private String name;
    private String description;

    /** The entry's own fields, as saved. */
    void fill(String id, Long version, String name, String description) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.description = description;
    }

    /** A new entry, not saved yet. */
    public boolean isCreating() {
        return id == null;
    }

    /** The version this form was opened on: a save over a newer one is refused. */
    Long getVersion() {
        return version;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
