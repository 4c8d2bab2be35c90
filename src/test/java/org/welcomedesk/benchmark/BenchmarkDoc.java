package org.welcomedesk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes a benchmark's figures into its section of docs/benchmarks.md, between its markers. */
final class BenchmarkDoc {

    private BenchmarkDoc() {}

    /** Replaces what is between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    static void replaceSection(String name, String content) throws IOException {
        String docProperty = System.getProperty("benchmarks.doc");
        if (docProperty == null) {
            System.out.println("(benchmarks.doc not set: docs/benchmarks.md not updated)");
            return;
        }
        Path doc = Path.of(docProperty);
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(doc + " lacks the markers " + start + " ... " + end);
        }
        String updated = text.substring(0, from + start.length()) + "\n" + content.strip() + "\n" + text.substring(to);
        Files.writeString(doc, updated, StandardCharsets.UTF_8);
        System.out.println("Updated the " + name + " section of " + doc);
    }

    /** The line saying how and when figures were produced. */
    static String provenance(String command) {
        return "Command: `" + command + "` — run on " + LocalDate.now() + ", Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), "
                + Runtime.getRuntime().availableProcessors()
                + " cores.";
    }
}
