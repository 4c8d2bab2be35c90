package org.welcomedesk.registry.records.domain;

/**
 * A person's search keys were written again because their record changed (details, names,
 * documents, a merge): fired synchronously in the same transaction so indexes kept beside the
 * registry file the person again too.
 *
 * @param person the record as it is now
 */
public record PersonRefiled(Person person) {}
