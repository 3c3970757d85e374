package dev.exobindings.generator.translate;

import dev.exobindings.metadata.io.ByteOrderMark;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A script's lines as the commands the translator looks at, each with the line it starts on: a line ending in a
 * backtick continues on the next, one ending in a pipe {@code |} on the next line that is neither blank nor a
 * comment (both joined with one space, so a column counts through the command as read); blank lines, {@code #} comments and {@code <# … #>} comment blocks are skipped;
 * a here-string's body and closing line belong to the command that opened it, joined with their line breaks, so
 * its text lines are not read as commands of their own; a script block, hashtable or
 * parenthesis ({@code param(}, {@code @(}) not closed on its line continues on the next lines, joined with their
 * line breaks, up to the line that closes it (one never closed is a finding of its line alone).
 */
final class ScriptCommands {
    /** One command: the line it starts on (1-based) and its text (one line, unless a bracket spans several). */
    record Command(int line, String text) {
    }

    private ScriptCommands() {
    }

    static List<Command> of(String script) {
        List<Command> commands = new ArrayList<>();
        String[] lines = ByteOrderMark.strip(script).split("\r\n|\r|\n", -1); // PowerShell: CRLF, CR or LF
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("<#")) {
                int j = i;
                int close = lines[i].indexOf("#>", lines[i].indexOf("<#") + 2);
                while (close < 0 && ++j < lines.length) {
                    close = lines[j].indexOf("#>");
                }
                if (close < 0) {
                    break; // never closed: the rest of the script is comment
                }
                // a command after "#>" is read where it stands: the comment becomes blanks, so columns still count
                lines[j] = " ".repeat(close + 2) + lines[j].substring(close + 2);
                i = j;
            }
            int first = i + 1;
            StringBuilder command = new StringBuilder(lines[i].stripTrailing());
            while (i + 1 < lines.length) {
                if (command.toString().endsWith("`")) {
                    command.setLength(command.length() - 1);
                    command.append(' ').append(lines[++i].strip());
                } else if (command.toString().endsWith("|") && !command.toString().strip().startsWith("#")) {
                    // a pipeline goes on after a trailing '|', over blank and comment lines, as in PowerShell
                    int next = i + 1;
                    while (next + 1 < lines.length && (lines[next].isBlank() || lines[next].strip().startsWith("#"))) {
                        next++;
                    }
                    i = next;
                    command.append(' ').append(lines[i].strip());
                } else {
                    break;
                }
            }
            String text = command.toString();
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            String opener = hereStringOpener(text);
            if (opener != null) {
                // the body and the closing line are the command's too: the parser reads the here-string from them
                String closer = opener.charAt(1) + "@";
                int close = closingLine(lines, i + 1, l -> l.startsWith(closer));
                StringBuilder joined = new StringBuilder(text);
                while (i < close) {
                    joined.append('\n').append(lines[++i]);
                }
                text = joined.toString();
            } else {
                // a script block, hashtable or parenthesis opened on this line goes on until it closes; its lines
                // are kept, with their line breaks, as the block's text (the parser reads them as one command)
                int opened = i;
                String joined = text;
                while (PsScriptBlocks.unclosedBrackets(joined) > 0 && i + 1 < lines.length) {
                    joined = joined + "\n" + lines[++i].stripTrailing();
                }
                if (PsScriptBlocks.unclosedBrackets(joined) > 0) {
                    // never closed (a typo such as a quote before the ')'): the line alone is the finding, and the
                    // lines after it are still read as commands
                    i = opened;
                } else {
                    text = joined;
                }
            }
            commands.add(new Command(first, text));
        }
        return commands;
    }

    /** {@code @"} or {@code @'} when the line ends by opening a here-string, else null. */
    private static String hereStringOpener(String text) {
        String t = text.stripTrailing();
        if (t.endsWith("@\"") || t.endsWith("@'")) {
            return t.substring(t.length() - 2);
        }
        return null;
    }

    /** The index of the first line from {@code from} that closes a block (the last line when none does). */
    private static int closingLine(String[] lines, int from, Predicate<String> closes) {
        for (int j = from; j < lines.length; j++) {
            if (closes.test(lines[j])) {
                return j;
            }
        }
        return lines.length - 1;
    }
}
