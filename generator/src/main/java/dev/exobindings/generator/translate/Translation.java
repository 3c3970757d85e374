package dev.exobindings.generator.translate;

import java.util.List;

/**
 * The translation of one PowerShell command line: either Java code and the body it sends, or the problem.
 *
 * @param line       1-based line number in the script the command starts on (1 for a single line)
 * @param source     the command as read (continuation lines joined)
 * @param cmdlet     the cmdlet's name as the snapshot spells it, or {@code null} when unknown
 * @param expression the Java expression building the request, e.g. {@code GetMailbox.identity("x")}, or null
 * @param imports    the fully qualified names the expression needs, sorted
 * @param body       the exact InvokeCommand JSON body the line implies, or null
 * @param notes      facts the reader should know (a local time taken as UTC, a deprecated parameter…)
 * @param problem    why it cannot be translated, or {@code null}
 */
public record Translation(int line, String source, String cmdlet, String expression, List<String> imports,
                          String body, List<String> notes, Problem problem) {
    public Translation {
        imports = List.copyOf(imports);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return problem == null;
    }

    /** The Java statement sending the request with a client named {@code exo}, or null. */
    public String statement() {
        return expression == null ? null : "exo.invoke(" + expression + ");";
    }
}
