package dev.exobindings.capture.psm1;

import java.util.Arrays;
import java.util.Objects;

/**
 * A module text and the name to report it by. Line and column are computed from an offset only when an error needs
 * them, so parsing never pays for them.
 *
 * Named by a file name, or e.g. {@code ExchangeOnline.psm1 of tenant contoso.onmicrosoft.com}.
 */
public final class SourceText {
    private final String name;
    private final String text;
    private final boolean file;
    private int[] lineStarts;

    /** A text read from the file {@code name}: places are written {@code file:line:column}, as compilers do. */
    public SourceText(String name, String text) {
        this(name, text, true);
    }

    private SourceText(String name, String text, boolean file) {
        this.name = Objects.requireNonNull(name, "name");
        this.text = Objects.requireNonNull(text, "text");
        this.file = file;
    }

    /**
     * A text that was downloaded and saved nowhere, named by a description such as {@code ExchangeOnline.psm1 of
     * tenant contoso.onmicrosoft.com at 127.0.0.1}: after a host, ":23254:13" would read like a port, so places
     * are written {@code name, line L, column C}.
     */
    public static SourceText downloaded(String description, String text) {
        return new SourceText(description, text, false);
    }

    /** {@code name} with the place of {@code line} and {@code column} in it, as this text's messages write it. */
    public String at(int line, int column) {
        return file ? name + ":" + line + ":" + column : name + ", line " + line + ", column " + column;
    }

    /** What the text is called in messages. */
    public String name() {
        return name;
    }

    /** The text. */
    public String text() {
        return text;
    }

    /** 1-based line of an offset (the line index is built on first use, once). */
    public int line(int offset) {
        int[] starts = lineStarts();
        int i = Arrays.binarySearch(starts, Math.min(offset, text.length()));
        return i >= 0 ? i + 1 : -i - 1;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int[] starts = new int[1024];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }

    /** 1-based column of an offset (characters since the last line break). */
    public int column(int offset) {
        int end = Math.min(offset, text.length());
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return end - start + 1;
    }

    /** An error at an offset of this text. */
    public ModuleParseException error(int offset, String problem, String fix) {
        return new ModuleParseException(this, line(offset), column(offset), problem, fix);
    }

    /** {@code line L, column C} of an offset, for messages that point at a second place. */
    public String where(int offset) {
        return "line " + line(offset) + ", column " + column(offset);
    }
}
