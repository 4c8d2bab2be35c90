package org.welcomedesk.services.domain;

import org.welcomedesk.registry.records.domain.NeedCategory;
import org.welcomedesk.statistics.domain.ProtectedCount;

/**
 * How many people's needs went unmet, for one category in one district, for one cause, as it
 * may be published: protected by the city's disclosure control (perturbed, or withheld as
 * "fewer than k"; never 1 or 2). Counts only: never a person.
 *
 * @param districtCode the district, or null for needs of people whose district is unknown
 * @param cause        NO_ELIGIBLE_SERVICE, DECLINED or NO_SHOW
 * @param count        the protected count
 */
public record UnmetNeedCount(NeedCategory need, String districtCode, String cause, ProtectedCount count) {}
