package org.welcomedesk.platform.text;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one text rule of every request: length, control and broken characters. */
class PlainTextTest {

    @Test
    void namesInAnyScriptPass() {
        for (String name : new String[] {"Amina Warsame", "أمينة", "Anaïs O'Brien-Łukasz", "李小龍", "\uD840\uDC0B"}) {
            assertEquals(Optional.empty(), PlainText.fault(name, PlainText.SHORT, false), name);
        }
    }

    @Test
    void everyControlCharacterIsRefusedOnOneLine() {
        for (char c = 0; c < 0x20; c++) {
            assertEquals(
                    Optional.of(PlainText.CONTROL),
                    PlainText.fault("a" + c + "b", PlainText.SHORT, false),
                    "U+" + (int) c);
        }
        for (char c = 0x7f; c <= 0x9f; c++) {
            assertEquals(
                    Optional.of(PlainText.CONTROL),
                    PlainText.fault("a" + c + "b", PlainText.LONG, true),
                    "U+" + (int) c);
        }
    }

    @Test
    void severalLinesOnlyWhereAllowed() {
        assertEquals(Optional.empty(), PlainText.fault("one\r\ntwo\tthree", PlainText.LONG, true));
        assertEquals(Optional.of(PlainText.CONTROL), PlainText.fault("one\u0000two", PlainText.LONG, true));
        assertEquals(Optional.of(PlainText.CONTROL), PlainText.fault("one\ntwo", PlainText.SHORT, false));
    }

    @Test
    void loneSurrogatesAreBroken() {
        assertEquals(Optional.of(PlainText.CONTROL), PlainText.fault("a\uD800", PlainText.SHORT, false));
        assertEquals(Optional.of(PlainText.CONTROL), PlainText.fault("\uDC00a", PlainText.SHORT, false));
        assertEquals(Optional.of(PlainText.CONTROL), PlainText.fault("\uD800\uD800\uDC00", PlainText.SHORT, false));
    }

    @Test
    void tooLongIsRefusedAtTheLimit() {
        assertEquals(Optional.empty(), PlainText.fault("a".repeat(200), 200, false));
        assertEquals(Optional.of(PlainText.TOO_LONG), PlainText.fault("a".repeat(201), 200, false));
    }
}
