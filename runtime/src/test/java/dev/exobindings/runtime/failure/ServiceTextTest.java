package dev.exobindings.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The service's words as they may stand in a message or a log line. */
class ServiceTextTest {

    @Test
    void lineBreaksTerminalAndBidiControlsAreEscapedAndATabIsASpace() {
        assertEquals("a\\nb\\rc d\\u001b[2J", ServiceText.of("a\nb\rc\td\u001b[2J", 100));
        assertEquals("\\u009b31m \\u0085 \\u2028 \\u2029 \\u202e", ServiceText.of("\u009b31m \u0085 \u2028 \u2029 \u202e",
                100), "C1 controls, line and paragraph separators and bidi controls");
        assertEquals("Grüße 日本 😀", ServiceText.of("Grüße 日本 😀", 100), "other text stays as it is");
        assertNull(ServiceText.of(null, 10));
    }

    @Test
    void aLongTextIsCutWithTheCountLeftOutAndNeverInsideACharacter() {
        assertEquals("abcde… (3 more characters)", ServiceText.of("abcdefgh", 5));
        // "abcd" then a character of two UTF-16 units: cut before it, not between its halves
        assertEquals("abcd… (2 more characters)", ServiceText.of("abcd😀", 5));
        assertEquals("abc😀… (1 more character)", ServiceText.of("abc😀e", 5));
    }
}
