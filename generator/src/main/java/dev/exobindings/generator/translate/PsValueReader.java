package dev.exobindings.generator.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads literal PowerShell values, in argument mode (a command's arguments: bare words are strings) and in expression
 * mode (inside {@code (…)}, {@code @(…)}, a hashtable, an assignment: a bare word would be a command). Anything
 * that needs evaluation is a {@link Problem.Kind#NOT_LITERAL} problem at its column; a variable is a literal only
 * when the script gave it one ({@link ScriptVariables}). {@link PsParser} reads the commands around the values.
 */
abstract class PsValueReader extends PsCursor {
    /** What to do about a value PowerShell computes when the script runs. */
    static final String LITERAL_FIX = ": PowerShell computes it when the script runs; put the literal value it gives"
            + " in the line, or compute it in Java and pass it to the builder";

    PsValueReader(String text) {
        super(text);
    }

    /** A value in argument mode, with a following comma list. */
    PsValue argumentValue() {
        int column = pos + 1;
        PsValue first = argumentPrimary();
        return commaList(first, column, true);
    }

    private PsValue commaList(PsValue first, int column, boolean argumentMode) {
        int save = pos;
        skipSpace();
        if (atEnd() || peek() != ',') {
            pos = save;
            return first;
        }
        List<PsValue> items = new ArrayList<>();
        items.add(first);
        while (!atEnd() && peek() == ',') {
            pos++;
            skipSpaceAndNewlines();
            if (atEnd()) {
                throw problem(Problem.Kind.SYNTAX, "a value is missing after ','");
            }
            items.add(argumentMode ? argumentPrimary() : expressionPrimary());
            save = pos;
            skipSpace();
            if (atEnd() || peek() != ',') {
                pos = save;
                break;
            }
        }
        return new PsValue.Array(items, column);
    }

    private PsValue argumentPrimary() {
        char c = peek();
        int column = pos + 1;
        if (PsStrings.DOUBLE_QUOTES.indexOf(c) >= 0 || PsStrings.SINGLE_QUOTES.indexOf(c) >= 0) {
            PsValue.Text s = PsStrings.quoted(this);
            checkNoOperator();
            return s;
        }
        if (c == '$') {
            return variable();
        }
        if (c == '@' || c == '(') {
            PsValue v = c == '(' ? parenthesized() : atValue();
            checkNoOperator();
            return v;
        }
        if (c == '{') {
            PsValue v = PsScriptBlocks.read(this);
            checkNoOperator();
            return v;
        }
        StringBuilder word = new StringBuilder();
        boolean hadQuotes = false;
        while (!atEnd()) {
            char ch = peek();
            if (Character.isWhitespace(ch) || ",;|(){}".indexOf(ch) >= 0) {
                break;
            }
            if (ch == '`') {
                pos++;
                if (atEnd()) {
                    throw problem(Problem.Kind.SYNTAX, "a backtick at the end of the line");
                }
                word.append(PsStrings.escape(peek()));
                pos++;
            } else if (PsStrings.DOUBLE_QUOTES.indexOf(ch) >= 0 || PsStrings.SINGLE_QUOTES.indexOf(ch) >= 0) {
                word.append(PsStrings.quoted(this).value());
                hadQuotes = true;
            } else if (ch == '$' && pos + 1 < text.length() && PsStrings.isVariableStart(text.charAt(pos + 1))) {
                throw problem(Problem.Kind.NOT_LITERAL, "a variable inside a bare word");
            } else {
                word.append(ch);
                pos++;
            }
        }
        String w = word.toString();
        if (w.isEmpty() && !hadQuotes) {
            throw problemAt(column, Problem.Kind.SYNTAX, "a value is missing");
        }
        if (!hadQuotes) {
            PsValue.Number n = PsNumbers.number(w, column);
            if (n != null) {
                return n;
            }
        }
        return new PsValue.Text(w, hadQuotes, column);
    }

    /** A value in expression mode: inside {@code (…)}, {@code @(…)} and as a hashtable value. */
    PsValue expression() {
        int column = pos + 1;
        if (!atEnd() && peek() == ',') {
            pos++; // unary comma: a one-element array
            skipSpace();
            return new PsValue.Array(List.of(expressionPrimary()), column);
        }
        PsValue first = expressionPrimary();
        return commaList(first, column, false);
    }

    private PsValue expressionPrimary() {
        if (atEnd()) {
            throw problem(Problem.Kind.SYNTAX, "a value is missing");
        }
        char c = peek();
        int column = pos + 1;
        PsValue v;
        if (PsStrings.DOUBLE_QUOTES.indexOf(c) >= 0 || PsStrings.SINGLE_QUOTES.indexOf(c) >= 0) {
            v = PsStrings.quoted(this);
        } else if (c == '$') {
            v = variable();
        } else if (c == '@') {
            v = atValue();
        } else if (c == '(') {
            v = parenthesized();
        } else if (c == '[') {
            throw problem(Problem.Kind.NOT_LITERAL, "a type cast or .NET call ([type]…): compute the value in Java"
                    + " and pass it to the builder");
        } else {
            int start = pos;
            while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '+'
                    || (peek() == '-' && pos == start))) {
                pos++;
            }
            PsValue.Number n = PsNumbers.number(text.substring(start, pos), column);
            if (n == null) {
                pos = start;
                throw problem(Problem.Kind.NOT_LITERAL, notLiteral(commandNameAt(start)));
            }
            v = n;
        }
        checkNoOperator();
        return v;
    }

    /** The {@code Verb-Noun} word at {@code start}, or null when the text there is not one. */
    private String commandNameAt(int start) {
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        String word = text.substring(start, end);
        return word.matches("[A-Za-z]+-[A-Za-z0-9]+") ? word : null;
    }

    /**
     * Why a command where a value goes is not translated, and what to write instead: {@code (Get-Date)}, the usual
     * start of a date range in admin scripts, gets its Java form.
     */
    private static String notLiteral(String command) {
        if (command == null) {
            return "a command or expression where a literal value is expected: compute the value in Java and pass it"
                    + " to the builder";
        }
        if (command.equalsIgnoreCase("Get-Date")) {
            return "(Get-Date) is the time the script runs, not a literal: pass Instant.now() in Java, e.g."
                    + " Instant.now().minus(Duration.ofDays(7)) for (Get-Date).AddDays(-7)";
        }
        return "the command " + command + " where a literal value is expected: its value is known only when it runs;"
                + " call it first (in Java) and pass its result to the builder";
    }

    /** After a value in expression mode only a separator may follow: no operators or member access. */
    private void checkNoOperator() {
        if (atEnd()) {
            return;
        }
        char c = peek();
        if (c == '.' || c == '[') {
            throw problem(Problem.Kind.NOT_LITERAL, "member access or indexing on a value" + LITERAL_FIX);
        }
        int save = pos;
        skipSpace();
        if (!atEnd() && "+*/%".indexOf(peek()) >= 0) {
            throw problem(Problem.Kind.NOT_LITERAL, "an operator expression" + LITERAL_FIX);
        }
        if (!atEnd() && peek() == '-' && pos + 1 < text.length() && Character.isLetter(text.charAt(pos + 1))
                && save != pos && inExpression > 0) {
            throw problem(Problem.Kind.NOT_LITERAL, "an operator expression" + LITERAL_FIX);
        }
        pos = save;
    }

    /** Depth of expression mode ({@code (…)}, {@code @(…)}, {@code @{…}}, an assignment's value). */
    int inExpression;
    /** Deeper brackets than any real command needs are refused, so that no input can exhaust the stack. */
    static final int MAX_NESTING = 64;

    /** Enters one more bracket level, the one opened at {@code column}. */
    private void enter(int column) {
        if (++inExpression > MAX_NESTING) {
            throw problemAt(column, Problem.Kind.SYNTAX, "brackets nested deeper than " + MAX_NESTING
                    + " levels: write the value flatter");
        }
    }

    private PsValue parenthesized() {
        int column = pos + 1;
        pos++; // (
        enter(column);
        skipSpaceAndNewlines();
        if (!atEnd() && peek() == ')') {
            throw problem(Problem.Kind.SYNTAX, "empty parentheses");
        }
        PsValue v = expression();
        skipSpaceAndNewlines();
        expect(')', column);
        inExpression--;
        return v;
    }

    private PsValue atValue() {
        int column = pos + 1;
        if (pos + 1 >= text.length()) {
            throw problem(Problem.Kind.SYNTAX, "a lone '@'");
        }
        char next = text.charAt(pos + 1);
        if (next == '(') {
            pos += 2;
            enter(column);
            List<PsValue> items = new ArrayList<>();
            while (true) {
                skipSpaceAndSeparators();
                if (atEnd()) {
                    throw problemAt(column, Problem.Kind.SYNTAX, "'@(' is not closed");
                }
                if (peek() == ')') {
                    pos++;
                    break;
                }
                PsValue v = expression();
                if (v instanceof PsValue.Array a) {
                    items.addAll(a.items());
                } else {
                    items.add(v);
                }
            }
            inExpression--;
            return new PsValue.Array(items, column);
        }
        if (next == '{') {
            pos += 2;
            enter(column);
            List<PsValue.Entry> entries = new ArrayList<>();
            while (true) {
                skipSpaceAndSeparators();
                if (atEnd()) {
                    throw problemAt(column, Problem.Kind.SYNTAX, "'@{' is not closed");
                }
                if (peek() == '}') {
                    pos++;
                    break;
                }
                int keyColumn = pos + 1;
                String key = key();
                if (entries.stream().anyMatch(e -> e.key().equalsIgnoreCase(key))) {
                    // PowerShell's own parse error: a hashtable's keys are case-insensitive
                    throw problemAt(keyColumn, Problem.Kind.SYNTAX, "duplicate key '" + key + "' in a hashtable"
                            + " literal (keys are case-insensitive): PowerShell refuses it");
                }
                skipSpace();
                if (atEnd() || peek() != '=') {
                    throw problem(Problem.Kind.SYNTAX, "'=' expected after the key '" + key + "'");
                }
                pos++;
                skipSpaceAndNewlines();
                entries.add(new PsValue.Entry(key, expression()));
            }
            inExpression--;
            return new PsValue.Table(entries, column);
        }
        if (next == '"' || next == '\'') {
            return PsStrings.hereString(this);
        }
        throw problem(Problem.Kind.NOT_LITERAL, "a splatted variable");
    }

    private String key() {
        char c = peek();
        if (PsStrings.DOUBLE_QUOTES.indexOf(c) >= 0 || PsStrings.SINGLE_QUOTES.indexOf(c) >= 0) {
            return PsStrings.quoted(this).value();
        }
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-' || peek() == '.')) {
            pos++;
        }
        if (start == pos) {
            throw problem(c == '$' || c == '(' ? Problem.Kind.NOT_LITERAL : Problem.Kind.SYNTAX,
                    "a hashtable key must be a name or a quoted string");
        }
        return text.substring(start, pos);
    }

    /** What follows "the variable $name" in the message for a variable without a literal value. */
    private String whyUnknown(String name) {
        if (name.regionMatches(true, 0, "env:", 0, 4) && name.length() > 4) {
            return ", an environment variable of the machine that runs the script: read it in Java with"
                    + " System.getenv(\"" + name.substring(4) + "\")";
        }
        return variables == null ? "" : variables.whyUnknown(name);
    }

    private PsValue variable() {
        int column = pos + 1;
        int start = pos + 1;
        int end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == ':')) {
            end++;
        }
        String name = text.substring(start, end);
        PsValue v = switch (name.toLowerCase(Locale.ROOT)) {
            case "true" -> new PsValue.Bool(true, column);
            case "false" -> new PsValue.Bool(false, column);
            case "null" -> new PsValue.Null(column);
            default -> null;
        };
        if (v == null && variables != null) {
            v = variables.use(name, column);
        }
        if (v == null) {
            throw problem(Problem.Kind.NOT_LITERAL, name.isEmpty() ? "a sub-expression $(…)" + LITERAL_FIX : "the variable $" + name
                    + whyUnknown(name));
        }
        pos = end;
        checkNoOperator();
        return v;
    }
}
