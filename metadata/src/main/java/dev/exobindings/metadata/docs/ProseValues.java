package dev.exobindings.metadata.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts closed value lists written in prose ("Valid values are: …"). Only identifier-like literals qualify;
 * booleans, identity formats, numbers, ranges, formats and multi-word labels make the list open, and
 * {@link ValueListRules} rejects lists that are examples, prefixes, identity forms or conditional on another
 * parameter. Only the values leave this class, never the sentences.
 */
final class ProseValues {
    /** "Valid values are", "Valid values for this parameter are", "Valid values for the X parameter are", "… include". */
    private static final Pattern PHRASE = Pattern.compile(
            "Valid values (?:for (?:this|the \\w+) parameter )?(?:are|include)\\b\\s*:?", Pattern.CASE_INSENSITIVE);
    /** A bullet: its value is the text before ': ' or ' (' (e.g. "- Value: meaning", "- Value (default)"). */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*");
    /** The colon that ends a bullet's head: followed by a blank or the end (not {@code Group:Exchange}). */
    private static final Pattern HEAD_COLON = Pattern.compile(":(?:\\s|$)");
    private static final Pattern INLINE_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");
    /** An item only the on-premises server accepts: left out of the cloud list, without voiding it. */
    private static final Pattern ON_PREMISES_ONLY = Pattern.compile(
            "\\((?:on-premises(?: Exchange)?|Exchange Server) only\\)", Pattern.CASE_INSENSITIVE);
    /** An item only the cloud accepts; such items may follow the list after one paragraph of text. */
    private static final Pattern CLOUD_ONLY = Pattern.compile(
            "\\((?:cloud-only|cloud only|Exchange Online only)\\)", Pattern.CASE_INSENSITIVE);

    private ProseValues() {
    }

    /**
     * @param description the description lines of a parameter section
     * @param name        the parameter name
     * @param type        the normalised type
     * @return the values of the first qualifying list, or an empty list
     */
    static List<String> extract(List<String> description, String name, String type) {
        if (!ValueListRules.typeMayHoldEnum(name, type)) {
            return List.of();
        }
        return candidates(description, name);
    }

    /**
     * The list the description states, before the parameter's type is known: the caller applies
     * {@link ValueListRules#typeMayHoldEnum} once the type is settled (the yaml type may be overruled by the syntax).
     */
    static List<String> candidates(List<String> description, String name) {
        if (name.equalsIgnoreCase("Identity")) {
            return List.of();
        }
        for (int i = 0; i < description.size(); i++) {
            String line = description.get(i);
            Matcher m = PHRASE.matcher(line);
            // A phrase inside a bullet gives the values of one case ("- Kind A: Valid values are …"), not all.
            if (!m.find() || BULLET.matcher(line).matches()) {
                continue;
            }
            if (ValueListRules.dependsOnContext(line, name)) {
                return List.of();
            }
            if (ValueListRules.introducesExamples(line, m.start())) {
                continue;
            }
            String after = line.substring(m.end()).trim();
            List<String> values = after.isEmpty() ? bulletValues(description, i + 1) : inlineValues(after);
            if (values.size() >= 2 && ValueListRules.isClosedSet(values)) {
                return values;
            }
        }
        return List.of();
    }

    /**
     * Bullets right after the phrase; blank lines are allowed before the first bullet and between bullets. One bad
     * bullet voids the list; a blank/{@code $null} bullet and an on-premises-only bullet are skipped. Bullets marked
     * cloud-only that follow the list after one paragraph still belong to it (Get-RecoverableItems
     * {@code -SourceFolder DiscoveryHoldsItems}).
     */
    private static List<String> bulletValues(List<String> lines, int from) {
        List<String> values = new ArrayList<>();
        int end = addBullets(lines, nextNonBlank(lines, from), values, false);
        if (end < 0) {
            return List.of();
        }
        int afterParagraph = nextNonBlank(lines, endOfParagraph(lines, end));
        if (!values.isEmpty() && end < lines.size() && !BULLET.matcher(lines.get(end)).matches()
                && addBullets(lines, afterParagraph, values, true) < 0) {
            return List.of();
        }
        return values;
    }

    /**
     * Adds the bullets from {@code from} on; returns the index of the first line after them, or -1 when a bullet
     * voids the list. With {@code cloudOnly}, only a run in which every bullet is marked cloud-only is taken.
     */
    private static int addBullets(List<String> lines, int from, List<String> values, boolean cloudOnly) {
        List<String> run = new ArrayList<>();
        int i = from;
        for (; i < lines.size(); i = nextNonBlank(lines, i + 1)) {
            Matcher bullet = BULLET.matcher(lines.get(i));
            if (!bullet.matches()) {
                break;
            }
            String label = label(bullet.group(1));
            if (cloudOnly && !CLOUD_ONLY.matcher(label).find()) {
                return i;
            }
            if (isNullItem(label) || ON_PREMISES_ONLY.matcher(label).find()) {
                continue;
            }
            String value = literal(withoutNote(label));
            if (value == null) {
                return cloudOnly ? i : -1;
            }
            run.add(value);
        }
        run.stream().filter(v -> !values.contains(v)).forEach(values::add);
        return i;
    }

    /** The first blank line at or after {@code from} (the end of a paragraph). */
    private static int endOfParagraph(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && !lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** "A, B, or C." on the phrase line: every item must be a literal. */
    private static List<String> inlineValues(String sentence) {
        String s = sentence;
        int end = s.indexOf(". ");
        if (end >= 0) {
            s = s.substring(0, end);
        }
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> values = new ArrayList<>();
        for (String item : INLINE_SPLIT.split(s.trim())) {
            if (isNullItem(item)) {
                continue;
            }
            String value = literal(item);
            if (value == null) {
                return List.of();
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /** The bullet text before its "Value: meaning" colon, note included ("Value (default)"). */
    private static String label(String bulletText) {
        Matcher colon = HEAD_COLON.matcher(bulletText);
        return colon.find() ? bulletText.substring(0, colon.start()) : bulletText;
    }

    /** "Value (default)" → "Value". */
    private static String withoutNote(String label) {
        int paren = label.indexOf(" (");
        return paren >= 0 ? label.substring(0, paren) : label;
    }

    /** A {@code $null} item ("$null (blank)", "Blank (the value $null)") clears the value; it is no literal. */
    private static boolean isNullItem(String item) {
        return item.contains("$null");
    }

    private static String strip(String item) {
        return item.replace("`", "").replace("*", "").replace("\"", "").trim();
    }

    /** The item as a bare literal (markup stripped), or null if it is not identifier-like. */
    private static String literal(String item) {
        String v = strip(item);
        return IDENTIFIER.matcher(v).matches() ? v : null;
    }
}
