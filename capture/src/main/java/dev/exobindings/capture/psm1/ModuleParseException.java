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

    ModuleParseException(String source, int line, int column, String problem, String fix) {
        super(where(source, line, column) + ": " + problem + (fix == null ? "" : "; " + fix));
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /**
     * {@code file:line:column} for a file, as compilers write it; a downloaded text's name is a description
     * ("ExchangeOnline.psm1 of tenant … at 127.0.0.1"), where ":23254:13" would read like a port, so the place is
     * spelled out.
     */
    private static String where(String source, int line, int column) {
        return source.indexOf(' ') < 0 ? source + ":" + line + ":" + column
                : source + ", line " + line + ", column " + column;
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
