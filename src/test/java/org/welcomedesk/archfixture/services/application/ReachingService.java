package org.welcomedesk.archfixture.services.application;

import org.welcomedesk.archfixture.registry.duplicates.domain.FixturePair;

/** Another feature's class that wrongly reaches past the registry's records: ArchitectureTest must reject it. */
public class ReachingService {

    FixturePair pair;
}
