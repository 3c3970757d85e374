package dev.exobindings.capture.psm1;

/**
 * The module text holds something the parser does not understand. The message names the text, the line and column,
 * the problem and what to do; the parser never guesses past such a place.
 */
public final class ModuleParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;
    private final int column;

    ModuleParseException(SourceText text, int line, int column, String problem, String fix) {
        super(text.at(line, column) + ": " + problem + (fix == null ? "" : "; " + fix));
        this.source = text.name();
        this.line = line;
        this.column = column;
    }

    /** The name of the text. */
    public String source() {
        return source;
    }

    /** 1-based line. */
    public int line() {
        return line;
    }

    /** 1-based column. */
    public int column() {
        return column;
    }
}
