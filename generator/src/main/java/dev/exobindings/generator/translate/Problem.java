package dev.exobindings.generator.translate;

/**
 * Why a line cannot be translated.
 *
 * @param kind    the class of problem
 * @param column  1-based column in the line the problem is at (the argument or value), or 1 for the whole line
 * @param message   what is wrong and, where there is one, what to write instead
 * @param parameter the parameter name as written on the line when the problem is about one, else {@code null}
 */
public record Problem(Kind kind, int column, String message, String parameter) {

    /** Classes of problems, from the line's own syntax to the generated API. */
    public enum Kind {
        /** Not a PowerShell command line this translator reads (unbalanced quotes, stray tokens…). */
        SYNTAX,
        /** Not a literal: a variable, a sub-expression, a pipeline, a script block, a cast… */
        NOT_LITERAL,
        /** The command is not a cmdlet of the snapshot. */
        UNKNOWN_CMDLET,
        /** A cmdlet of the ExchangeOnlineManagement module that runs on the client (Connect-*, Get-EXO*, Viva…). */
        CLIENT_SIDE_CMDLET,
        /** No parameter of the cmdlet has this name, alias or prefix. */
        UNKNOWN_PARAMETER,
        /** A prefix that several parameters start with, or a parameter given twice. */
        AMBIGUOUS_PARAMETER,
        /** A positional value no parameter takes. */
        NO_POSITIONAL_PARAMETER,
        /** The named parameters belong to no common parameter set. */
        NO_COMMON_SET,
        /** Several parameter sets fit and none is the default. */
        AMBIGUOUS_SET,
        /** A mandatory parameter of every fitting set is missing. */
        MISSING_MANDATORY,
        /** A list (unquoted commas make one) given to a parameter that takes one value. */
        SEVERAL_VALUES,
        /** The value does not convert to the parameter's type. */
        INVALID_VALUE,
        /** A PowerShell common parameter or -WhatIf/-Confirm, which the bindings handle elsewhere. */
        COMMON_PARAMETER,
        /** The line is valid but the generated API has no way to write it. */
        API_GAP
    }

    @Override
    public String toString() {
        return "column " + column + ": " + message;
    }
}
