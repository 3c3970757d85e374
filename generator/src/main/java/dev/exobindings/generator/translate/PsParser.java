package dev.exobindings.generator.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one PowerShell command with literal arguments: the command name, then {@code -Name}, {@code -Name:value}
 * and value tokens, as PowerShell's tokenizer sees them in argument mode. Values: quoted strings (both quote kinds
 * and their typographic forms, doubled quotes, backtick escapes), bare words, numbers with {@code KB…PB}
 * multipliers, {@code $true}/{@code $false}/{@code $null}, comma lists, {@code @(…)}, {@code (…)} and
 * {@code @{…}}, script blocks without variables (as their text). Anything that needs evaluation (variables,
 * sub-expressions, pipelines, casts, operators) is a {@link Problem.Kind#NOT_LITERAL} problem at its column.
 *
 * <p>The parser does not know the cmdlet, so a {@code -Name} token and the value after it stay two elements
 * ({@link PsArgument} with a null value, then a positional one); the binder pairs them, because only the
 * parameter's type says whether it takes a value (a switch does not).
 */
final class PsParser extends PsValueReader {
    private static final String DASHES = "-\u2013\u2014\u2015";
    /** PowerShell's language keywords that can start a statement: never a command name. */
    private static final Set<String> KEYWORDS = Set.of("begin", "break", "catch", "class", "continue", "data", "do",
            "dynamicparam", "else", "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach", "function",
            "if", "param", "process", "return", "switch", "throw", "trap", "try", "until", "using", "while",
            "workflow");
    /** A last stage that throws the output away. */
    private static final Pattern OUT_NULL = Pattern.compile("(?i)\\s*Out-Null\\s*(?:#.*)?");
    /**
     * A statement starting with a variable: as written (group 1), a braced name (2), a scope (3), the assignment
     * operator after it, if any (4).
     */
    private static final Pattern VARIABLE_STATEMENT = Pattern.compile("(\\$(?:\\{([^}]*)\\}|((?i:global|script|local"
            + "|private|using|env):)?[A-Za-z_][A-Za-z0-9_]*))\\s*([-+*/%]?=(?!=)|\\+\\+|--)?");
    private static final Set<String> LOOPS = Set.of("do", "for", "foreach", "while", "until");

    private PsParser(String text) {
        super(text);
    }

    /**
     * Parses a whole line holding one command, possibly piped to a stage that only selects properties
     * ({@link PsSelect}); a trailing {@code # comment} is ignored.
     */
    static PsCommand parse(String line) {
        return parse(line, null);
    }

    /** As {@link #parse(String)}, with the values of the script's literal variables ({@code null}: none). */
    static PsCommand parse(String line, ScriptVariables variables) {
        PsParser p = new PsParser(line);
        p.variables = variables;
        PsCommand command = p.command();
        p.skipSpace();
        if (!p.atEnd()) {
            char c = p.peek();
            if (c == '|') {
                if (OUT_NULL.matcher(line.substring(p.pos + 1)).matches()) {
                    return new PsCommand(command.name(), command.arguments(), null, true);
                }
                PsSelect select = PsSelect.after(line, p.pos);
                if (select != null) {
                    return new PsCommand(command.name(), command.arguments(), select);
                }
                throw p.problem(Problem.Kind.NOT_LITERAL, PipelineHints.message(line.substring(p.pos + 1)));
            }
            if (c == ';') {
                throw p.problem(Problem.Kind.SYNTAX, "several statements on one line; give one command per line");
            }
            throw p.problem(Problem.Kind.SYNTAX, "unexpected '" + c + "'");
        }
        return command;
    }

    /**
     * A statement {@code $name = value}, or null when the statement is not one (it may still assign elsewhere, see
     * {@link ScriptVariables#forgetAssignedIn}).
     *
     * @param name    the variable as written, without {@code $}
     * @param value   the literal value, or null when it is not a literal
     * @param problem why the value is not a literal, or null
     * @param written the value's text as written
     * @param valueOffset where the value starts in the statement
     */
    record Assignment(String name, PsValue value, Problem problem, String written, int valueOffset) {
    }

    /**
     * Reads {@code statement} as an assignment of a literal to a plain variable: the value in expression mode, as
     * PowerShell reads it ({@code $u = vasil} would run a command named vasil, so a bare word is not a literal).
     */
    static Assignment assignment(String statement, ScriptVariables variables) {
        PsParser p = new PsParser(statement);
        p.variables = variables;
        p.skipSpace();
        if (p.atEnd() || p.peek() != '$') {
            return null;
        }
        int end = p.nameEnd(p.pos + 1);
        String name = statement.substring(p.pos + 1, end);
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_'
                || List.of("true", "false", "null").contains(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        p.pos = end;
        p.skipSpace();
        if (p.atEnd() || p.peek() != '=' || p.pos + 1 < statement.length() && statement.charAt(p.pos + 1) == '=') {
            return null;
        }
        p.pos++;
        p.skipSpace();
        int valueOffset = p.pos;
        String written = statement.substring(p.pos).strip();
        try {
            if (p.atEnd()) {
                throw p.problem(Problem.Kind.SYNTAX, "no value after '='");
            }
            p.inExpression++;
            PsValue value = p.expression();
            p.skipSpace();
            if (!p.atEnd()) {
                throw p.problem(Problem.Kind.NOT_LITERAL, "an expression where a literal value is expected");
            }
            int comment = written.indexOf(" #");
            return new Assignment(name, value, null, comment < 0 ? written : written.substring(0, comment).strip(),
                    valueOffset);
        } catch (TranslationException e) {
            return new Assignment(name, null, e.problem(), written, valueOffset);
        }
    }

    /**
     * Where the statements of a line start and end: it is split at each {@code ;} outside quotes and brackets.
     * Each range is {@code [start, end)} into the line.
     */
    static List<int[]> statements(String line) {
        List<int[]> ranges = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int hereStringEnd = c == '@' && quote == 0 ? PsStrings.hereStringEnd(line, i) : -1;
            if (c == '`' && quote != '\'') {
                i++;
            } else if (quote != 0) {
                String same = quote == '"' ? PsStrings.DOUBLE_QUOTES : PsStrings.SINGLE_QUOTES;
                if (same.indexOf(c) >= 0) {
                    quote = 0;
                }
            } else if (PsStrings.DOUBLE_QUOTES.indexOf(c) >= 0) {
                quote = '"';
            } else if (PsStrings.SINGLE_QUOTES.indexOf(c) >= 0) {
                quote = '\'';
            } else if (hereStringEnd > 0) {
                i = hereStringEnd - 1; // its text may hold ';', '#' and lone quotes
            } else if (c == '<' && line.startsWith("<#", i)) {
                int close = line.indexOf("#>", i + 2); // a ';' inside a <# … #> comment ends nothing
                i = close < 0 ? line.length() : close + 1;
            } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                break;
            } else if ("({[".indexOf(c) >= 0) {
                depth++;
            } else if (")}]".indexOf(c) >= 0) {
                depth--;
            } else if (c == ';' && depth == 0) {
                ranges.add(new int[] {start, i});
                start = i + 1;
            }
        }
        ranges.add(new int[] {start, line.length()});
        return ranges;
    }

    private PsCommand command() {
        skipSpace();
        if (atEnd()) {
            throw problem(Problem.Kind.SYNTAX, "no command");
        }
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '-' || peek() == '_')) {
            pos++;
        }
        String word = text.substring(start, pos);
        String keyword = word.toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(keyword)) {
            pos = start;
            throw problem(Problem.Kind.NOT_LITERAL, keyword.equals("param")
                    ? "'param' declares the script's parameters: their values come from the caller, so give them in"
                    + " Java"
                    : "'" + word + "' is a PowerShell statement, not a command: translate the commands inside it one at"
                    + " a time and write the " + (LOOPS.contains(keyword) ? "loop" : "statement") + " in Java");
        }
        if (pos == start || !isEnd(pos) && !Character.isWhitespace(peek()) && !"|;#".contains(String.valueOf(peek()))) {
            pos = start;
            throw problem(Problem.Kind.NOT_LITERAL, notACommand());
        }
        String name = word;
        List<PsArgument> arguments = new ArrayList<>();
        while (true) {
            skipSpace();
            if (atEnd() || "|;".indexOf(peek()) >= 0) {
                break;
            }
            if (peek() == '@' && pos + 1 < text.length() && (Character.isLetter(text.charAt(pos + 1))
                    || text.charAt(pos + 1) == '_')) {
                arguments.addAll(splatted());
                continue;
            }
            arguments.add(argument());
        }
        return new PsCommand(name, arguments);
    }

    /** Why the statement at {@code pos} is not a command, naming what it is and what to write instead. */
    private String notACommand() {
        String rest = text.substring(pos);
        if (rest.startsWith("[")) {
            return "the line does not start with a cmdlet name but with a .NET type or cast ([System.IO.File]::…,"
                    + " [string]$x): write that step in Java";
        }
        if (rest.startsWith("&") || rest.startsWith(". ")) {
            String operator = rest.substring(0, 1);
            return "the call operator " + operator + " runs a command given by name, variable or script block: write"
                    + " the cmdlet's name itself without '" + operator + "' (Set-Mailbox -Identity …), or that step in"
                    + " Java";
        }
        Matcher m = VARIABLE_STATEMENT.matcher(rest);
        if (!m.lookingAt()) {
            return "the line does not start with a cmdlet name: give one command with literal arguments, e.g."
                    + " Get-Mailbox -Identity vasil, and write any other step in Java";
        }
        String variable = m.group(1);
        String operator = m.group(4);
        if (operator == null) {
            return "the line starts with the variable " + variable + ", not a cmdlet name: a value or member call"
                    + " runs in PowerShell only; write that step in Java";
        }
        if (!operator.equals("=")) {
            return "the assignment " + variable + (operator.endsWith("=") ? " " + operator + " …" : operator)
                    + " changes " + variable + " when the script runs, so it is not followed: assign"
                    + " the final literal value (" + variable + " = …), or compute the value in Java";
        }
        if (m.group(2) != null) {
            return "an assignment to " + variable + ", whose name needs braces: only plain names ($name = …, letters,"
                    + " digits and _) are followed; rename it, e.g. $" + m.group(2).replaceAll("[^A-Za-z0-9_]", "");
        }
        if (m.group(3) != null) {
            return "an assignment to the scoped variable " + variable + ": only plain script variables are followed;"
                    + " drop the scope ($" + variable.substring(variable.indexOf(':') + 1) + " = …)";
        }
        return "an assignment (" + variable + " = …): a single line has no variables; translate the command on its"
                + " own, or the whole script (translateScript, translate --script)";
    }

    /**
     * {@code @params}: a script variable holding a hashtable gives one {@code -Key:value} argument per entry, one
     * holding a list gives its items as positional arguments, as PowerShell splats them.
     */
    private List<PsArgument> splatted() {
        int column = pos + 1;
        int end = nameEnd(pos + 1);
        String name = text.substring(pos + 1, end);
        PsValue value = variables == null ? null : variables.use(name, column);
        if (value == null || !(value instanceof PsValue.Table || value instanceof PsValue.Array)) {
            throw problem(Problem.Kind.NOT_LITERAL, "the splatted variable @" + name + (value == null
                    ? (variables == null ? "" : ", which the script has not given a literal hashtable before this line")
                    : ", which holds neither a hashtable nor a list"));
        }
        pos = end;
        if (!isEnd(pos) && !Character.isWhitespace(peek()) && "|;".indexOf(peek()) < 0) {
            throw problem(Problem.Kind.SYNTAX, "unexpected '" + peek() + "' after @" + name);
        }
        List<PsArgument> arguments = new ArrayList<>();
        if (value instanceof PsValue.Table table) {
            table.entries().forEach(e -> arguments.add(new PsArgument(e.key(), e.value(), true, column)));
        } else {
            ((PsValue.Array) value).items().forEach(item -> arguments.add(new PsArgument(null, item, false, column)));
        }
        return arguments;
    }

    private PsArgument argument() {
        int column = pos + 1;
        if (DASHES.indexOf(peek()) >= 0 && pos + 1 < text.length()
                && (Character.isLetter(text.charAt(pos + 1)) || text.charAt(pos + 1) == '_')) {
            pos++;
            int start = pos;
            while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '-')) {
                pos++;
            }
            String name = text.substring(start, pos);
            if (!atEnd() && peek() == ':') {
                pos++;
                skipSpace();
                if (atEnd()) {
                    throw problem(Problem.Kind.SYNTAX, "no value after -" + name + ":");
                }
                return new PsArgument(name, argumentValue(), true, column);
            }
            if (!isEnd(pos) && !Character.isWhitespace(peek()) && "|;,".indexOf(peek()) < 0) {
                throw problem(Problem.Kind.SYNTAX, "unexpected '" + peek() + "' after -" + name);
            }
            return new PsArgument(name, null, false, column);
        }
        return new PsArgument(null, argumentValue(), false, column);
    }
}
