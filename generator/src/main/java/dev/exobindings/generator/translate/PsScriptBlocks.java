package dev.exobindings.generator.translate;

import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A script block argument, {@code -Filter {Name -like 'a*'}}: PowerShell hands a string parameter the block's text
 * (what {@code ScriptBlock.ToString()} returns: everything between the braces, spaces included), and the module
 * sends that text. The block is literal when it uses no variable but {@code $true}, {@code $false} and
 * {@code $null}: the service receives text and never sees the caller's variables, so a block with {@code $name} in
 * it is a {@link Problem.Kind#NOT_LITERAL} problem at the variable.
 */
final class PsScriptBlocks {

    private PsScriptBlocks() {
    }

    /** Reads the block that starts at the cursor's {@code {}; the cursor ends after its {@code }}. */
    static PsValue.ScriptBlock read(PsCursor in) {
        int column = in.pos + 1;
        int close = walk(in.text, in.pos, true, at -> checkVariable(in, at));
        if (close < 0) {
            throw PsCursor.problemAt(column, Problem.Kind.SYNTAX, "the script block is not closed: its '}' is "
                    + "missing");
        }
        String text = in.text.substring(in.pos + 1, close);
        in.pos = close + 1;
        return new PsValue.ScriptBlock(text, column);
    }

    /**
     * How many brackets {@code text} leaves open, outside quotes and comments: braces of script blocks and
     * hashtables ({@code {}, {@code @{}) and parentheses ({@code (}, {@code @(}, {@code param(}). A script continues
     * such a command on its next lines, as PowerShell does.
     */
    static int unclosedBrackets(String text) {
        return walk(text, 0, false, at -> { });
    }

    /**
     * Walks {@code text} from {@code from} as PowerShell's tokenizer sees brackets: not inside quotes or after a
     * {@code #} comment start, a backtick escaping the next character. Each {@code $} outside single quotes goes to
     * {@code dollar}. With {@code untilClosed}, returns the index of the {@code }} that closes the brace at
     * {@code from}, or -1 when none does; otherwise the number of braces and parentheses left open at the end.
     */
    private static int walk(String text, int from, boolean untilClosed, IntConsumer dollar) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`' && quote != '\'') {
                i++;
            } else if (quote != 0) {
                String same = quote == '"' ? PsStrings.DOUBLE_QUOTES : PsStrings.SINGLE_QUOTES;
                if (same.indexOf(c) >= 0) {
                    quote = 0; // a doubled quote closes and reopens: the same state either way
                } else if (quote == '"' && c == '$') {
                    dollar.accept(i);
                }
            } else if (PsStrings.DOUBLE_QUOTES.indexOf(c) >= 0) {
                quote = '"';
            } else if (PsStrings.SINGLE_QUOTES.indexOf(c) >= 0) {
                quote = '\'';
            } else if (c == '$') {
                dollar.accept(i);
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end; // a comment runs to the end of its line, quotes and all
            } else if (c == '{' || c == '(' && !untilClosed) {
                depth++;
            } else if (c == ')' && !untilClosed) {
                depth--;
            } else if (c == '}' && --depth == 0 && untilClosed) {
                return i;
            }
        }
        return untilClosed ? -1 : depth;
    }

    private static void checkVariable(PsCursor in, int at) {
        int end = in.nameEnd(at + 1);
        String name = in.text.substring(at + 1, end).toLowerCase(Locale.ROOT);
        if (end == at + 1 && (end >= in.text.length() || !PsStrings.isVariableStart(in.text.charAt(end)))) {
            return; // a lone '$' is text
        }
        if (!name.equals("true") && !name.equals("false") && !name.equals("null")) {
            throw PsCursor.problemAt(at + 1, Problem.Kind.NOT_LITERAL, (name.isEmpty() ? "a sub-expression"
                    : "the variable $" + name) + " inside a script block: the service receives the block as text "
                    + "and does not know it; put the value itself in the filter");
        }
    }
}
