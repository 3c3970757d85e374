package dev.exobindings.generator.translate;

import dev.exobindings.generator.emit.InvisibleCharacters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text echoed into Java {@code //} comments (a PowerShell line, a note, a body) made inert: javac reads
 * {@code \}{@code uXXXX} escapes everywhere, comments included, so an escape could be illegal ({@code CONTOSO\}{@code user1})
 * or turn into a line break that ends the comment and makes the rest code. Every backslash run right before a
 * {@code u} gets an even length (one more backslash: such a run is not an escape), and every line of the text,
 * whatever ends it (LF, CR, CRLF, or U+0085/U+2028/U+2029 that editors show as breaks), is a {@code //} line of
 * its own. Bidirectional controls and zero-width characters are shown as {@code <U+XXXX>}, never raw.
 */
public final class JavaComments {
    private static final Pattern BACKSLASHES_BEFORE_U = Pattern.compile("(\\\\+)(?=u)");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

    private JavaComments() {
    }

    /**
     * {@code text} as {@code //} comment lines, each ended by {@code \n}: the first is {@code // } then
     * {@code prefix} then the text's first line, each further line of the text is {@code // } then that line.
     */
    public static String lines(String prefix, String text) {
        String[] lines = LINE_BREAK.split(inert(prefix + text), -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append("// ").append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code text} with every run of backslashes right before a {@code u} made of even length, and every invisible
     * character (bidirectional control, zero-width character: {@link InvisibleCharacters}) shown as
     * {@code <U+XXXX>}, so that a comment reads as javac reads the code around it ("Trojan Source").
     */
    public static String inert(String text) {
        text = visible(text);
        if (text.indexOf('\\') < 0) {
            return text;
        }
        Matcher m = BACKSLASHES_BEFORE_U.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(run.length() % 2 == 0 ? run : run + "\\"));
        }
        return m.appendTail(out).toString();
    }

    private static String visible(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (InvisibleCharacters.isInvisible(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(String.format("<U+%04X>", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
