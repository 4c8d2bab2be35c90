package org.welcomedesk.services.domain;

import org.welcomedesk.registry.domain.NeedCategory;

/**
 * How many needs went unmet, for one category in one district, for one cause. Counts only:
 * never a person.
 *
 * @param cause NO_ELIGIBLE_SERVICE, DECLINED or NO_SHOW
 */
public record UnmetNeedCount(NeedCategory need, String districtCode, String cause, long count) {
}
