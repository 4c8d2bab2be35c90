package org.welcomedesk.national.domain;

/**
 * One code of a code list.
 *
 * @param id     the code as it travels (e.g. PT, Y20-24, LISBOA)
 * @param name   its English name, for people reading the list
 * @param parent the code it rolls up into, where the list has one (a municipality's region, a region's country)
 * @param always whether a release holds this code's cells whatever was counted (SEX F, the age groups),
 *               rather than only when something of it is published (a country, a municipality)
 */
public record Code(String id, String name, String parent, boolean always) {}
