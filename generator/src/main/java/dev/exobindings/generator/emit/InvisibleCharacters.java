package dev.exobindings.generator.emit;

/**
 * Characters that change how source text is displayed without showing themselves: bidirectional controls (which
 * can make code read differently from how javac reads it, "Trojan Source") and zero-width characters. Snapshot
 * text that carries them is written escaped, never raw, in literals and in Javadoc; echoed text in the translator's
 * {@code //} comments shows them as {@code <U+202E>}.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    public static boolean isInvisible(char c) {
        return c == '\u061C' || c == '\u180E' || c == '\uFEFF'
                || (c >= '\u200B' && c <= '\u200F')   // zero-width space/joiners, LRM, RLM
                || (c >= '\u202A' && c <= '\u202E')   // LRE, RLE, PDF, LRO, RLO
                || (c >= '\u2060' && c <= '\u2064')   // word joiner, invisible operators
                || (c >= '\u2066' && c <= '\u2069');  // LRI, RLI, FSI, PDI
    }
}
