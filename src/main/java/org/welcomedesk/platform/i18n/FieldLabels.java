package org.welcomedesk.platform.i18n;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label of a field named in a domain exception, in the user's language: "familyNames" is
 * "Family name"; "members[2].familyNames" is "Family name (member 3)".
 */
public final class FieldLabels {

    private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\.(.+)");
    // an object of an imported document, e.g. services[3].name (HSDS import)
    private static final Pattern ITEM = Pattern.compile("([a-z_]+)\\[(\\d+)](?:\\.(.+))?");

    private FieldLabels() {}

    public static String label(Locale locale, String field) {
        Matcher member = MEMBER.matcher(field);
        if (member.matches()) {
            int number = Integer.parseInt(member.group(1)) + 1;
            return Messages.text(locale, "field.ofMember", label(locale, member.group(2)), number);
        }
        Matcher item = ITEM.matcher(field);
        if (item.matches()) {
            int number = Integer.parseInt(item.group(2)) + 1;
            return Messages.text(
                    locale,
                    "field.ofItem",
                    item.group(3) == null ? "" : label(locale, item.group(3)),
                    item.group(1),
                    number);
        }
        return Messages.text(locale, "field." + field);
    }
}
