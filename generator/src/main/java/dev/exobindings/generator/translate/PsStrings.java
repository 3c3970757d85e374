package dev.exobindings.generator.translate;

import java.util.Locale;

/**
 * PowerShell's quoted strings: both quote kinds and their typographic forms, doubled quotes, and in double quotes the
 * backtick escapes and the automatic variables {@code $true}, {@code $false}, {@code $null}; any other variable or
 * sub-expression needs evaluation and is a {@link Problem.Kind#NOT_LITERAL} problem.
 */
final class PsStrings {
    static final String DOUBLE_QUOTES = "\"\u201C\u201D\u201E";
    static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

    private PsStrings() {
    }

    static PsValue.Text quoted(PsCursor in) {
        int column = in.pos + 1;
        char open = in.peek();
        boolean expandable = DOUBLE_QUOTES.indexOf(open) >= 0;
        String quotes = expandable ? DOUBLE_QUOTES : SINGLE_QUOTES;
        in.pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (in.atEnd()) {
                throw PsCursor.problemAt(column, Problem.Kind.SYNTAX, "the string is not closed");
            }
            char c = in.peek();
            if (quotes.indexOf(c) >= 0) {
                if (in.pos + 1 < in.text.length() && quotes.indexOf(in.text.charAt(in.pos + 1)) >= 0) {
                    sb.append(c);
                    in.pos += 2;
                    continue;
                }
                in.pos++;
                break;
            }
            if (expandable && c == '`' && in.pos + 1 >= in.text.length()) {
                throw PsCursor.problemAt(column, Problem.Kind.SYNTAX, "the string is not closed");
            }
            if (!expandable || !expanded(in, sb)) {
                sb.append(c);
                in.pos++;
            }
        }
        return new PsValue.Text(sb.toString(), true, column);
    }

    /**
     * A here-string: {@code @"} or {@code @'} ending its line, the lines after it, and a line starting with
     * {@code "@} or {@code '@}. The text is the lines between, taken as they are (quotes included); in {@code @"}
     * backtick escapes and the script's literal variables expand as in a double-quoted string.
     */
    static PsValue.Text hereString(PsCursor in) {
        int column = in.pos + 1;
        char quote = in.text.charAt(in.pos + 1);
        int lineEnd = in.text.indexOf('\n', in.pos + 2);
        int end = hereStringEnd(in.text, in.pos);
        if (end < 0) {
            throw PsCursor.problemAt(column, Problem.Kind.SYNTAX, lineEnd < 0
                    || !in.text.substring(in.pos + 2, lineEnd).isBlank()
                    ? "a here-string's text starts on the line after @" + quote + ", which ends its line"
                    : "the here-string is not closed: end it with a line that starts with " + quote + "@");
        }
        int close = end - 3; // the line break before the closing quote and '@'
        StringBuilder sb = new StringBuilder();
        in.pos = Math.min(lineEnd + 1, close);
        while (in.pos < close) {
            if (quote != '"' || !expanded(in, sb)) {
                sb.append(in.peek());
                in.pos++;
            }
        }
        in.pos = end;
        return new PsValue.Text(sb.toString(), true, column);
    }

    /**
     * Where the here-string that opens at {@code at} ends (the index after its closing {@code "@}), or -1 when no
     * closed here-string opens there.
     */
    static int hereStringEnd(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != '@' || "\"'".indexOf(text.charAt(at + 1)) < 0) {
            return -1;
        }
        int lineEnd = text.indexOf('\n', at + 2);
        if (lineEnd < 0 || !text.substring(at + 2, lineEnd).isBlank()) {
            return -1;
        }
        String closer = text.charAt(at + 1) + "@";
        int close = text.startsWith(closer, lineEnd + 1) ? lineEnd : text.indexOf("\n" + closer, lineEnd + 1);
        return close < 0 ? -1 : close + 1 + closer.length();
    }

    /** A backtick escape or a {@code $variable} at the cursor, appended expanded; false when it is neither. */
    private static boolean expanded(PsCursor in, StringBuilder sb) {
        char c = in.peek();
        if (c == '`' && in.pos + 1 < in.text.length()) {
            in.pos++;
            if (in.peek() == 'u' && in.pos + 1 < in.text.length() && in.text.charAt(in.pos + 1) == '{') {
                int close = in.text.indexOf('}', in.pos);
                if (close < 0) {
                    throw in.problem(Problem.Kind.SYNTAX, "'`u{' is not closed");
                }
                String hex = in.text.substring(in.pos + 2, close);
                if (!hex.matches("[0-9A-Fa-f]{1,6}") || Integer.parseInt(hex, 16) > Character.MAX_CODE_POINT) {
                    throw in.problem(Problem.Kind.SYNTAX, "'`u{" + hex + "}' is not a Unicode escape: write 1 to 6"
                            + " hexadecimal digits, at most 10FFFF");
                }
                sb.appendCodePoint(Integer.parseInt(hex, 16));
                in.pos = close + 1;
            } else {
                sb.append(escape(in.peek()));
                in.pos++;
            }
            return true;
        }
        if (c == '$' && in.pos + 1 < in.text.length() && isVariableStart(in.text.charAt(in.pos + 1))) {
            sb.append(expandedAutomatic(in));
            return true;
        }
        return false;
    }

    /**
     * {@code $true}, {@code $false}, {@code $null} and the script's literal variables inside a double-quoted string
     * expand to their text.
     */
    private static String expandedAutomatic(PsCursor in) {
        int start = in.pos + 1;
        int end = in.nameEnd(start);
        String name = in.text.substring(start, end).toLowerCase(Locale.ROOT);
        String value = switch (name) {
            case "true" -> "True";
            case "false" -> "False";
            case "null" -> "";
            default -> in.variables == null ? null : expanded(in.variables.use(name, in.pos + 1));
        };
        if (value == null || end < in.text.length() && (in.text.charAt(end) == ':' || in.text.charAt(end) == '.'
                && end + 1 < in.text.length() && Character.isLetter(in.text.charAt(end + 1)))) {
            throw in.problem(Problem.Kind.NOT_LITERAL, name.isEmpty() ? "a sub-expression inside a string"
                    : "the variable $" + name + " inside a string");
        }
        in.pos = end;
        return value;
    }

    /**
     * How a script variable's literal value reads inside a double-quoted string: a string as it is, a whole number
     * in digits ({@code 10MB} is {@code 10485760}), {@code True}/{@code False}, {@code $null} as nothing; null for a
     * value whose text PowerShell would format (a fraction, a list), which stays untranslated.
     */
    private static String expanded(PsValue v) {
        if (v instanceof PsValue.Text t) {
            return t.value();
        }
        if (v instanceof PsValue.Number n && n.value().stripTrailingZeros().scale() <= 0) {
            return n.value().toBigInteger().toString();
        }
        if (v instanceof PsValue.Bool b) {
            return b.value() ? "True" : "False";
        }
        return v instanceof PsValue.Null ? "" : null;
    }

    static boolean isVariableStart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '{' || c == '(' || c == '?' || c == '^';
    }

    static char escape(char c) {
        return switch (c) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'e' -> '\u001b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000b';
            default -> c;
        };
    }
}
