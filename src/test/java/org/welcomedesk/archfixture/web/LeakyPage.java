package org.welcomedesk.archfixture.web;

/** A stand-in backing bean, for ArchitectureTest to prove its rules catch a leak. */
public class LeakyPage {}
