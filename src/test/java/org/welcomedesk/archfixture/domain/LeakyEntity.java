package org.welcomedesk.archfixture.domain;

import org.welcomedesk.archfixture.web.LeakyPage;

/** A domain class that wrongly knows a web class: ArchitectureTest must reject it. */
public class LeakyEntity {

    LeakyPage page;
}
