package dev.exobindings.generator.translate;

/**
 * The text of one line and a position in it, with the few moves every reader of PowerShell tokens needs (the
 * parser, and {@link PsStrings} for quoted strings). Columns in problems are 1-based, like an editor's.
 */
abstract class PsCursor {
    final String text;
    int pos;
    /** The script's variables with a literal value ({@code $user = "vasil"}), or null: a single line has none. */
    ScriptVariables variables;

    PsCursor(String text) {
        this.text = text;
    }

    /** Where a plain variable name ({@code user}, {@code _x1}) that starts at {@code from} ends. */
    int nameEnd(int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return end;
    }

    void expect(char c, int openColumn) {
        if (atEnd() || peek() != c) {
            throw problemAt(openColumn, Problem.Kind.SYNTAX, "'" + c + "' expected to close the bracket here");
        }
        pos++;
    }

    void skipSpace() {
        while (true) {
            while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\u00a0')) {
                pos++;
            }
            if (!atEnd() && text.startsWith("<#", pos)) {
                int close = text.indexOf("#>", pos + 2);
                pos = close < 0 ? text.length() : close + 2; // a <# … #> comment between arguments is a blank
                continue;
            }
            if (!atEnd() && peek() == '#' && (pos == 0 || Character.isWhitespace(text.charAt(pos - 1)))) {
                pos = text.length(); // a comment runs to the end of the line
            }
            return;
        }
    }

    void skipSpaceAndNewlines() {
        while (!atEnd() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    void skipSpaceAndSeparators() {
        while (!atEnd() && (Character.isWhitespace(peek()) || peek() == ';')) {
            pos++;
        }
    }

    boolean isEnd(int at) {
        return at >= text.length();
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    char peek() {
        return text.charAt(pos);
    }

    TranslationException problem(Problem.Kind kind, String message) {
        return problemAt(pos + 1, kind, message);
    }

    static TranslationException problemAt(int column, Problem.Kind kind, String message) {
        return new TranslationException(kind, column, message);
    }
}
