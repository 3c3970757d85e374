package dev.exobindings.generator.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocsTest {
    @Test
    void escapesEverythingThatCouldEndOrDriveTheComment() {
        assertEquals("a *&#47; b", Javadocs.text("a */ b"));
        assertEquals("&#64;deprecated &#123;&#64;link X&#125;", Javadocs.text("@deprecated {@link X}"));
        assertEquals("&lt;script&gt;&amp;&quot;", Javadocs.text("<script>&\""));
        assertEquals("&#92;u002a/", Javadocs.text("\\u002a/"));
        assertEquals("a b c d", Javadocs.text("a\nb\u2028c\u0000d"));
        assertEquals("a/b", Javadocs.text("a/b"));
        assertEquals("", Javadocs.text(null));
    }

    @Test
    void longTextIsCutWithAnEntityAndNeverInsideASurrogatePair() {
        String exact = "x".repeat(300);
        assertEquals(exact, Javadocs.text(exact));
        assertEquals("x".repeat(300) + "&hellip;", Javadocs.text("x".repeat(301)));
        // U+1F600 straddling the cut: the whole pair goes, not half of it
        assertEquals("x".repeat(299) + "&hellip;", Javadocs.text("x".repeat(299) + "\uD83D\uDE00tail"));
        assertEquals("&amp;".repeat(300) + "&hellip;", Javadocs.text("&".repeat(400)));
    }

    @Test
    void literalsStayOnOneLine() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u2028e\\001f§\"", JavaLiterals.string("a\"b\\c\nd\u2028e\u0001f§").toString());
    }
}
