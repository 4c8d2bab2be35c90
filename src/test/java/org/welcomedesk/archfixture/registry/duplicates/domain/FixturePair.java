package org.welcomedesk.archfixture.registry.duplicates.domain;

/** A stand-in class of a higher registry use case, for ArchitectureTest to prove its rules catch a leak. */
public class FixturePair {}
