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
 * @param confirmation how the line asks to run: as configured, {@code -Confirm}, or {@code -WhatIf}
 * @param resultVariable the Java variable a script's {@code $name = <command>} keeps the call's result in, or null
 * @param assignsAgain   whether {@code resultVariable} was declared by an earlier statement of the script (the
 *                       statement is then {@code name = …}, not {@code var name = …})
 */
public record Translation(int line, String source, String cmdlet, String expression, List<String> imports,
                          String body, List<String> notes, Problem problem, Confirmation confirmation,
                          String resultVariable, boolean assignsAgain) {
    /** The line's confirmation flow; each is a different call of the client. */
    public enum Confirmation {
        /** No {@code -Confirm}/{@code -WhatIf} (or {@code -Confirm:$false}): {@code exo.invoke(request)}. */
        DEFAULT,
        /** {@code -Confirm} or {@code -Confirm:$true}: the validation call, {@code "Confirm": true}. */
        VALIDATE,
        /** {@code -WhatIf}: {@code "WhatIf": true}, nothing changes. */
        WHAT_IF
    }

    public Translation {
        imports = List.copyOf(imports);
        notes = List.copyOf(notes);
        confirmation = confirmation == null ? Confirmation.DEFAULT : confirmation;
    }

    /** A translation whose result, if kept in a variable, is kept in a new one. */
    public Translation(int line, String source, String cmdlet, String expression, List<String> imports, String body,
                       List<String> notes, Problem problem, Confirmation confirmation, String resultVariable) {
        this(line, source, cmdlet, expression, imports, body, notes, problem, confirmation, resultVariable, false);
    }

    /** A translation whose result is not kept in a variable. */
    public Translation(int line, String source, String cmdlet, String expression, List<String> imports, String body,
                       List<String> notes, Problem problem, Confirmation confirmation) {
        this(line, source, cmdlet, expression, imports, body, notes, problem, confirmation, null);
    }

    /** A translation without a confirmation flag (the default call). */
    public Translation(int line, String source, String cmdlet, String expression, List<String> imports, String body,
                       List<String> notes, Problem problem) {
        this(line, source, cmdlet, expression, imports, body, notes, problem, Confirmation.DEFAULT);
    }

    public boolean ok() {
        return problem == null;
    }

    /**
     * The Java statement sending the request with a client named {@code exo}, or null; {@code var name = …} when a
     * script keeps the result in a new variable, {@code name = …} when it assigns one of its variables again.
     */
    public String statement() {
        if (expression == null) {
            return null;
        }
        return (resultVariable == null ? "" : (assignsAgain ? "" : "var ") + resultVariable + " = ") + switch (confirmation) {
            case DEFAULT -> "exo.invoke(" + expression + ");";
            case VALIDATE -> "exo.invoke(" + expression + ", ConfirmMode.VALIDATE);";
            case WHAT_IF -> "exo.whatIf(" + expression + ");";
        };
    }
}
