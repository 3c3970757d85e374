package dev.exobindings.metadata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers in Markdown that a test keeps true. A number is marked with an HTML comment just before it, invisible when
 * rendered: {@code <!--n:exo.files-->1 056}. A test computes the real values and calls
 * {@link #assertMatches(Path, String, Map)}: every marked number whose key starts with the prefix must equal the
 * computed value (thousands may be separated by a space or comma), every computed key must be marked at least once,
 * and a marked key nobody computes fails too, so a number cannot drift or go stale silently.
 */
public final class MarkedNumbers {
    private static final Pattern MARK = Pattern.compile("<!--n:([A-Za-z0-9_.-]+)-->([0-9][0-9 ,\\u00a0\\u202f]*[0-9]|[0-9])");

    private MarkedNumbers() {
    }

    /** One marked number: its key, the value as written, and the line. */
    public record Mark(String key, long value, int line) {
    }

    /** Every marked number of a Markdown file, in order. */
    public static List<Mark> read(Path markdown) {
        List<String> lines;
        try {
            lines = Files.readAllLines(markdown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + markdown, e);
        }
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARK.matcher(lines.get(i));
            while (m.find()) {
                marks.add(new Mark(m.group(1), writtenValue(m), i + 1));
            }
        }
        return marks;
    }

    /** Checks the marked numbers of {@code markdown} whose key starts with {@code prefix} against {@code actual}. */
    public static void assertMatches(Path markdown, String prefix, Map<String, ? extends Number> actual) {
        // never in a test's own temporary files: MarkedNumbersTest proves that a drifted number fails
        if (Boolean.getBoolean("numbers.update") && !markdown.toAbsolutePath()
                .startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            rewrite(markdown, prefix, actual);
        }
        List<Mark> marks = read(markdown).stream().filter(m -> m.key().startsWith(prefix)).toList();
        List<String> wrong = new ArrayList<>();
        for (Mark mark : marks) {
            Number expected = actual.get(mark.key());
            if (expected == null) {
                wrong.add(markdown.getFileName() + ":" + mark.line() + ": <!--n:" + mark.key() + "--> is computed by no test;"
                        + " remove the mark or compute it");
            } else if (expected.longValue() != mark.value()) {
                wrong.add(markdown.getFileName() + ":" + mark.line() + ": " + mark.key() + " says " + mark.value()
                        + ", the real value is " + expected);
            }
        }
        assertEquals(List.of(), wrong, "fix the numbers in " + markdown);
        TreeSet<String> unmarked = new TreeSet<>(actual.keySet());
        marks.forEach(m -> unmarked.remove(m.key()));
        assertTrue(unmarked.isEmpty(), "computed but never marked in " + markdown + ": " + unmarked);
    }

    /** The number a mark's match writes, thousands separators removed. */
    private static long writtenValue(Matcher mark) {
        return Long.parseLong(mark.group(2).replaceAll("[ ,\\u00a0\\u202f]", ""));
    }

    /**
     * {@code -Dnumbers.update=true}: writes the computed values into the marks (review the diff before committing);
     * marks nobody computes are left for the check to report.
     */
    private static void rewrite(Path markdown, String prefix, Map<String, ? extends Number> actual) {
        try {
            String text = Files.readString(markdown);
            Matcher m = MARK.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Number value = m.group(1).startsWith(prefix) ? actual.get(m.group(1)) : null;
                // a number that is right keeps its spelling (thousands separators)
                String replacement = value == null || value.longValue() == writtenValue(m) ? m.group()
                        : "<!--n:" + m.group(1) + "-->" + value.longValue();
                m.appendReplacement(out, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            Files.writeString(markdown, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite " + markdown, e);
        }
    }
}
