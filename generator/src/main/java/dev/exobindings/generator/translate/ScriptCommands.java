package dev.exobindings.generator.translate;

import dev.exobindings.metadata.io.ByteOrderMark;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A script's lines as the commands the translator looks at, each with the line it starts on: a line ending in a
 * backtick continues on the next; blank lines, {@code #} comments and {@code <# … #>} comment blocks are skipped;
 * a here-string's body and closing line belong to the command that opened it (which the parser then reports as
 * not a literal), so its text lines are not read as commands of their own.
 */
final class ScriptCommands {
    /** One command: the line it starts on (1-based) and its text on one line. */
    record Command(int line, String text) {
    }

    private ScriptCommands() {
    }

    static List<Command> of(String script) {
        List<Command> commands = new ArrayList<>();
        String[] lines = ByteOrderMark.strip(script).split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("<#")) {
                int open = lines[i].indexOf("<#");
                int j = closingLine(lines, i, l -> l.contains("#>"), open + 2);
                int close = lines[j].indexOf("#>", j == i ? open + 2 : 0);
                if (close < 0) {
                    break; // never closed: the rest of the script is comment
                }
                // a command after "#>" is read where it stands: the comment becomes blanks, so columns still count
                lines[j] = " ".repeat(close + 2) + lines[j].substring(close + 2);
                i = j;
            }
            int first = i + 1;
            StringBuilder command = new StringBuilder(lines[i].stripTrailing());
            while (command.toString().endsWith("`") && i + 1 < lines.length) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines[++i].strip());
            }
            String text = command.toString();
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            String opener = hereStringOpener(text);
            if (opener != null) {
                String closer = opener.charAt(1) + "@";
                i = closingLine(lines, i + 1, l -> l.startsWith(closer), 0);
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

    /** The index of the line that closes a block opened at {@code from} (the last line when it never closes). */
    private static int closingLine(String[] lines, int from, Predicate<String> closes,
                                   int startColumn) {
        for (int j = from; j < lines.length; j++) {
            String candidate = j == from ? lines[j].substring(Math.min(startColumn, lines[j].length())) : lines[j];
            if (closes.test(candidate)) {
                return j;
            }
        }
        return lines.length - 1;
    }
}
