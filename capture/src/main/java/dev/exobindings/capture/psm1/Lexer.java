package dev.exobindings.capture.psm1;

import java.util.Arrays;

/**
 * Tokenizer for the parts of the PowerShell language that appear in the generated module text: line and block
 * comments, here-strings, backtick continuation and escapes, single- and double-quoted strings (with {@code $(…)}
 * subexpressions inside), {@code $Name}, {@code $scope:Name} and {@code ${Any name}}, brackets and bare words.
 *
 * <p>Tokens are pulled one at a time ({@link #next()}), so a large text never exists twice in memory. The lexer
 * also checks bracket balance as it goes: a closing bracket that does not match, or an opening one never closed,
 * is reported at its own line and column rather than at some later symptom. Nothing here recurses on bracket depth;
 * only strings nested inside subexpressions inside strings recurse, and that depth is capped.
 */
final class Lexer {
    /** Deepest string-in-subexpression-in-string nesting accepted; real modules use two or three. */
    static final int MAX_STRING_NESTING = 32;

    private final SourceText source;
    private final String s;
    private final int length;
    private int pos;
    private int[] openOffsets = new int[64];
    private char[] openKinds = new char[64];
    private int depth;
    private int stringNesting;

    Lexer(SourceText source) {
        this.source = source;
        this.s = source.text();
        this.length = s.length();
    }

    /** Current bracket depth ({@code ( [ {} and their {@code @ $} forms} still open). */
    int depth() {
        return depth;
    }

    /** Goes back to {@code offset} with every bracket closed (only used between top-level statements). */
    void rewind(int offset) {
        pos = offset;
        depth = 0;
        stringNesting = 0;
    }

    /** The next token; {@link TokenKind#EOF} at the end (after checking every bracket was closed). */
    Token next() {
        while (pos < length) {
            char c = s.charAt(pos);
            switch (c) {
                case ' ', '\t', '\f', '\u000B', '\r', '\u00A0', '\uFEFF' -> pos++;
                case '`' -> {
                    if (continuation(pos + 1)) {
                        continue;
                    }
                    return word();
                }
                case '\n' -> {
                    return single(TokenKind.NEWLINE);
                }
                case '#' -> {
                    Token help = lineComment();
                    if (help != null) {
                        return help;
                    }
                }
                case '<' -> {
                    if (pos + 1 < length && s.charAt(pos + 1) == '#') {
                        blockComment();
                    } else {
                        return word();
                    }
                }
                case '(' -> {
                    return open(TokenKind.LPAREN, '(', 1);
                }
                case '{' -> {
                    return open(TokenKind.LBRACE, '{', 1);
                }
                case '[' -> {
                    return open(TokenKind.LBRACKET, '[', 1);
                }
                case ')' -> {
                    return close(TokenKind.RPAREN, '(');
                }
                case '}' -> {
                    return close(TokenKind.RBRACE, '{');
                }
                case ']' -> {
                    return close(TokenKind.RBRACKET, '[');
                }
                case ',' -> {
                    return single(TokenKind.COMMA);
                }
                case ';' -> {
                    return single(TokenKind.SEMI);
                }
                case '=' -> {
                    return single(TokenKind.EQUALS);
                }
                case '\'', '\u2018', '\u2019' -> {
                    return singleQuoted();
                }
                case '"', '\u201C', '\u201D' -> {
                    return doubleQuoted();
                }
                case '@' -> {
                    return at();
                }
                case '$' -> {
                    return dollar();
                }
                default -> {
                    return word();
                }
            }
        }
        if (depth > 0) {
            throw source.error(openOffsets[depth - 1], "'" + opener(openKinds[depth - 1]) + "' is never closed",
                    "the module text is cut off or damaged; download it again");
        }
        return new Token(TokenKind.EOF, "", length);
    }

    private boolean continuation(int after) {
        int i = after;
        if (i < length && s.charAt(i) == '\r') {
            i++;
        }
        if (i < length && s.charAt(i) == '\n') {
            pos = i + 1;
            return true;
        }
        return false;
    }

    private Token single(TokenKind kind) {
        return new Token(kind, "", pos++);
    }

    private Token open(TokenKind kind, char bracket, int width) {
        int start = pos;
        push(bracket, start);
        pos += width;
        return new Token(kind, "", start);
    }

    private Token close(TokenKind kind, char opener) {
        int start = pos;
        if (depth == 0) {
            throw source.error(start, "'" + s.charAt(start) + "' closes nothing",
                    "the module text is damaged; download it again");
        }
        char open = openKinds[depth - 1];
        if (open != opener) {
            throw source.error(start, "'" + s.charAt(start) + "' closes '" + opener(open) + "' opened at "
                    + source.where(openOffsets[depth - 1]), "the module text is damaged; download it again");
        }
        depth--;
        pos++;
        return new Token(kind, "", start);
    }

    private void push(char bracket, int offset) {
        if (depth == openKinds.length) {
            openKinds = Arrays.copyOf(openKinds, depth * 2);
            openOffsets = Arrays.copyOf(openOffsets, depth * 2);
        }
        openKinds[depth] = bracket;
        openOffsets[depth] = offset;
        depth++;
    }

    private static String opener(char kind) {
        return String.valueOf(kind);
    }

    /** Skips a {@code #} comment; returns a token only for a {@code # .ExternalHelp} line. */
    private Token lineComment() {
        int start = pos;
        int end = s.indexOf('\n', pos);
        end = end < 0 ? length : end;
        pos = end;
        String body = s.substring(start + 1, end).strip();
        if (body.regionMatches(true, 0, ".ExternalHelp", 0, 13)) {
            return new Token(TokenKind.HELP_COMMENT, body.substring(13).strip(), start);
        }
        return null;
    }

    private void blockComment() {
        int end = s.indexOf("#>", pos + 2);
        if (end < 0) {
            throw source.error(pos, "block comment '<#' is never closed with '#>'",
                    "the module text is cut off or damaged; download it again");
        }
        pos = end + 2;
    }

    private Token singleQuoted() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < length) {
            char c = s.charAt(pos);
            if (isSingleQuote(c)) {
                if (pos + 1 < length && isSingleQuote(s.charAt(pos + 1))) {
                    value.append(c);
                    pos += 2;
                    continue;
                }
                pos++;
                return new Token(TokenKind.STRING, value.toString(), start);
            }
            value.append(c);
            pos++;
        }
        throw source.error(start, "string opened with ' is never closed",
                "the module text is cut off or damaged; download it again");
    }

    private Token doubleQuoted() {
        int start = pos++;
        StringBuilder value = new StringBuilder();
        while (pos < length) {
            char c = s.charAt(pos);
            if (c == '`' && pos + 1 < length) {
                value.append(escape(s.charAt(pos + 1)));
                pos += 2;
            } else if (isDoubleQuote(c)) {
                if (pos + 1 < length && isDoubleQuote(s.charAt(pos + 1))) {
                    value.append(c);
                    pos += 2;
                    continue;
                }
                pos++;
                return new Token(TokenKind.STRING, value.toString(), start);
            } else if (c == '$' && pos + 1 < length && s.charAt(pos + 1) == '(') {
                int sub = pos;
                subexpression();
                value.append(s, sub, pos);
            } else {
                value.append(c);
                pos++;
            }
        }
        throw source.error(start, "string opened with \" is never closed",
                "the module text is cut off or damaged; download it again");
    }

    /** Skips {@code $( … )} inside a double-quoted string, lexing its content so nested strings are honoured. */
    private void subexpression() {
        if (++stringNesting > MAX_STRING_NESTING) {
            throw source.error(pos, "strings and $( ) subexpressions nested deeper than " + MAX_STRING_NESTING
                    + " levels", "this is not a generated module text");
        }
        int startDepth = depth;
        Token open = open(TokenKind.DOLLAR_PAREN, '(', 2);
        while (depth > startDepth) {
            if (pos >= length) {
                throw source.error(open.offset(), "'$(' inside a string is never closed",
                        "the module text is cut off or damaged; download it again");
            }
            next();
        }
        stringNesting--;
    }

    private static char escape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 't' -> '\t';
            case 'r' -> '\r';
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> '\u000B';
            case 'e' -> '\u001B';
            default -> c;
        };
    }

    private Token at() {
        int start = pos;
        char n = pos + 1 < length ? s.charAt(pos + 1) : '\0';
        if (n == '(') {
            return open(TokenKind.AT_PAREN, '(', 2);
        }
        if (n == '{') {
            return open(TokenKind.AT_BRACE, '{', 2);
        }
        if (n == '\'' || n == '"') {
            return hereString(start, n);
        }
        return word();
    }

    private Token hereString(int start, char quote) {
        int i = start + 2;
        while (i < length && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i < length && s.charAt(i) == '\r') {
            i++;
        }
        if (i >= length || s.charAt(i) != '\n') {
            throw source.error(start, "here-string header @" + quote + " must end its line",
                    "the module text is damaged; download it again");
        }
        int contentStart = i + 1;
        String terminator = "\n" + quote + "@";
        int end = contentStart;
        if (!s.startsWith(quote + "@", contentStart)) {
            end = s.indexOf(terminator, contentStart - 1);
            if (end < 0) {
                throw source.error(start, "here-string @" + quote + " is never closed with " + quote + "@ at the"
                        + " start of a line", "the module text is cut off or damaged; download it again");
            }
        }
        String content = end <= contentStart ? "" : s.substring(contentStart, end);
        if (content.endsWith("\r")) {
            content = content.substring(0, content.length() - 1);
        }
        pos = (end <= contentStart ? contentStart : end + 1) + 2;
        return new Token(TokenKind.STRING, content, start);
    }

    private Token dollar() {
        int start = pos;
        char n = pos + 1 < length ? s.charAt(pos + 1) : '\0';
        if (n == '(') {
            return open(TokenKind.DOLLAR_PAREN, '(', 2);
        }
        if (n == '{') {
            StringBuilder name = new StringBuilder();
            int i = pos + 2;
            while (i < length && s.charAt(i) != '}') {
                char c = s.charAt(i);
                if (c == '`' && i + 1 < length) {
                    name.append(s.charAt(i + 1));
                    i += 2;
                } else {
                    name.append(c);
                    i++;
                }
            }
            if (i >= length) {
                throw source.error(start, "variable name '${' is never closed with '}'",
                        "the module text is cut off or damaged; download it again");
            }
            pos = i + 1;
            return new Token(TokenKind.VARIABLE, name.toString(), start);
        }
        int i = pos + 1;
        if (n == '_' || n == '?' || n == '^' || n == '$') {
            i++;
            if (n == '_') {
                while (i < length && isNameChar(s.charAt(i))) {
                    i++;
                }
            }
        } else {
            while (i < length && (isNameChar(s.charAt(i))
                    || (s.charAt(i) == ':' && i + 1 < length && isNameChar(s.charAt(i + 1)) && i > pos + 1))) {
                i++;
            }
        }
        if (i == pos + 1) {
            return word();
        }
        pos = i;
        return new Token(TokenKind.VARIABLE, s.substring(start + 1, i), start);
    }

    private Token word() {
        int start = pos;
        StringBuilder text = null;
        while (pos < length) {
            char c = s.charAt(pos);
            if (c == '`') {
                if (pos + 1 >= length) {
                    // an escape or continuation of nothing; returning an empty word here would never advance
                    throw source.error(pos, "a backtick ends the text: it escapes or continues into nothing",
                            "the module text is cut off or damaged; download it again");
                }
                if (continuation(pos + 1)) {
                    break;
                }
                if (text == null) {
                    text = new StringBuilder(s.substring(start, pos));
                }
                text.append(s.charAt(pos + 1));
                pos += 2;
                continue;
            }
            if (endsWord(c) && pos > start) {
                break;
            }
            if (text != null) {
                text.append(c);
            }
            pos++;
            if (endsWord(c)) {
                break; // a lone terminator character the switch in next() did not claim
            }
        }
        return new Token(TokenKind.WORD, text != null ? text.toString() : s.substring(start, pos), start);
    }

    private static boolean endsWord(char c) {
        return switch (c) {
            case ' ', '\t', '\r', '\n', '\f', '(', ')', '{', '}', '[', ']', ',', ';', '=', '\'', '"', '$',
                    '\u2018', '\u2019', '\u201C', '\u201D' -> true;
            default -> false;
        };
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isSingleQuote(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }
}
