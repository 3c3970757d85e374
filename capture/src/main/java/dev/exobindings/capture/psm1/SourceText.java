package dev.exobindings.capture.psm1;

import java.util.Objects;

/**
 * A module text and the name to report it by. Line and column are computed from an offset only when an error needs
 * them, so parsing never pays for them.
 *
 * @param name what the text is called in messages (a file name, or {@code EXOModuleFile of contoso.onmicrosoft.com})
 * @param text the module text
 */
public record SourceText(String name, String text) {
    public SourceText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of an offset (characters since the last line break). */
    public int column(int offset) {
        int end = Math.min(offset, text.length());
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return end - start + 1;
    }

    /** An error at an offset of this text. */
    public ModuleParseException error(int offset, String problem, String fix) {
        return new ModuleParseException(name, line(offset), column(offset), problem, fix);
    }

    /** {@code line L, column C} of an offset, for messages that point at a second place. */
    public String where(int offset) {
        return "line " + line(offset) + ", column " + column(offset);
    }
}
