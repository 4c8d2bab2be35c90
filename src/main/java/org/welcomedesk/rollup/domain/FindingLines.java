package org.welcomedesk.rollup.domain;

import org.welcomedesk.national.domain.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Findings kept with a release as text: one line each, fields separated by tabs. */
public final class FindingLines {

    private static final String FIELD = "\t";
    private static final String ARGUMENT = "\u001f";

    private FindingLines() {}

    public static String text(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding f : findings) {
            text.append(clean(f.code()))
                    .append(FIELD)
                    .append(clean(f.dataflow()))
                    .append(FIELD)
                    .append(clean(f.location()))
                    .append(FIELD)
                    .append(clean(f.messageKey()))
                    .append(FIELD)
                    .append(String.join(
                            ARGUMENT,
                            f.arguments().stream().map(FindingLines::clean).toList()))
                    .append('\n');
        }
        return text.toString();
    }

    public static List<Finding> parse(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null) {
            return findings;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(FIELD, -1);
            List<String> arguments =
                    f.length < 5 || f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(ARGUMENT, -1));
            findings.add(new Finding(f[0], emptyToNull(f[1]), emptyToNull(f[2]), emptyToNull(f[3]), arguments));
        }
        return findings;
    }

    // what came from the hub must not break the lines
    private static String clean(String s) {
        return s == null
                ? ""
                : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace(ARGUMENT, " ");
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
