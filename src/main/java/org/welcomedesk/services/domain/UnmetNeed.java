package org.welcomedesk.services.domain;

import org.welcomedesk.registry.records.domain.NeedCategory;

/**
 * One person's need left unmet, for one cause, in their district: what unmet-need counts are
 * made of. Stays inside the application: only protected counts of these leave it.
 *
 * @param districtCode the district, or null when unknown
 * @param cause        NO_ELIGIBLE_SERVICE, DECLINED or NO_SHOW
 * @param personId     whose need it is: one person counts once per cell, with a key derived from it
 */
public record UnmetNeed(NeedCategory need, String districtCode, String cause, String personId) {}
