package org.welcomedesk.national.api;

import org.welcomedesk.national.domain.Finding;
import org.welcomedesk.platform.i18n.Messages;

import java.util.Locale;

/**
 * A reason a release was refused, as the problem's {@code findings} carry it.
 *
 * @param code     stable code (UNKNOWN_CODE, TOTAL_INCONSISTENT, WRONG_AREA, OLDER_REVISION...)
 * @param dataflow the table concerned, if one is
 * @param location the dimension or cell concerned
 * @param message  the explanation in the request's Accept-Language
 */
public record FindingDto(String code, String dataflow, String location, String message) {

    static FindingDto of(Finding finding, Locale locale) {
        return new FindingDto(
                finding.code(),
                finding.dataflow(),
                finding.location(),
                Messages.text(locale, finding.messageKey(), finding.arguments().toArray()));
    }
}
