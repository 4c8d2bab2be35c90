package org.welcomedesk.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Names no other test uses, made of consonants so that they read like names to the matching
 * engine (digits would make every test record look alike).
 */
public final class UniqueNames {

    private static final String LETTERS = "bdfgklmnprstvz";

    private UniqueNames() {}

    /** {@code length} random letters, e.g. "kvbzt". */
    public static String letters(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return s.toString();
    }
}
