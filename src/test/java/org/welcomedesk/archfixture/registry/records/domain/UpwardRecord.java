package org.welcomedesk.archfixture.registry.records.domain;

import org.welcomedesk.archfixture.registry.duplicates.domain.FixturePair;

/** A records class that wrongly knows a duplicates class: ArchitectureTest must reject it. */
public class UpwardRecord {

    FixturePair pair;
}
