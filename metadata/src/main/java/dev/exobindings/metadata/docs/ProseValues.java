package dev.exobindings.metadata.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts closed value lists written in prose ("Valid values are: …"). Only identifier-like literals qualify;
 * booleans, identity formats, numbers, ranges, formats and multi-word labels make the list open. Only the values
 * leave this class, never the sentences.
 */
final class ProseValues {
    /** "Valid values are", "Valid values for this parameter are", "Valid values for the X parameter are", "… include". */
    private static final Pattern PHRASE = Pattern.compile(
            "Valid values (?:for (?:this|the \\w+) parameter )?(?:are|include)\\b\\s*:?", Pattern.CASE_INSENSITIVE);
    /** A bullet: its head is the text before ':' or ' (' (e.g. "- Value: meaning", "- Value (default)"). */
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(?:[.-][A-Za-z0-9_]+)*");
    private static final Pattern INLINE_SPLIT = Pattern.compile("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+");

    private ProseValues() {
    }

    /**
     * @param description the description lines of a parameter section
     * @param name        the parameter name
     * @param type        the normalised type
     * @return the values of the first qualifying list, or an empty list
     */
    static List<String> extract(List<String> description, String name, String type) {
        String element = type == null ? "" : type.replace("[]", "");
        if (type == null || type.equals("Boolean") || type.equals(TypeNames.SWITCH)
                || element.endsWith("IdParameter") || name.equalsIgnoreCase("Identity")
                || element.startsWith("ProxyAddress") || element.equals("SmtpAddress")) {
            // Identities and addresses are open text; a list in their description names forms or prefixes.
            return List.of();
        }
        for (int i = 0; i < description.size(); i++) {
            Matcher m = PHRASE.matcher(description.get(i));
            if (!m.find()) {
                continue;
            }
            String after = description.get(i).substring(m.end()).trim();
            List<String> values = after.isEmpty() ? bulletValues(description, i + 1) : inlineValues(after);
            if (values.size() >= 2 && !collideIgnoringCase(values)) {
                return values;
            }
        }
        return List.of();
    }

    /**
     * Enum values bind case-insensitively in PowerShell, so a list that spells one value twice ({@code SMTP},
     * {@code smtp}) describes text forms, not a closed set.
     */
    private static boolean collideIgnoringCase(List<String> values) {
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT)).distinct().count() < values.size();
    }

    /** Bullets right after the phrase (blank lines allowed before the first); one bad bullet voids the list. */
    private static List<String> bulletValues(List<String> lines, int from) {
        List<String> values = new ArrayList<>();
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        for (; i < lines.size(); i++) {
            Matcher bullet = BULLET.matcher(lines.get(i));
            if (!bullet.matches()) {
                break;
            }
            String value = literal(head(bullet.group(1)));
            if (value == null) {
                return List.of();
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
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

    private static String head(String bulletText) {
        String h = bulletText;
        int colon = h.indexOf(':');
        if (colon >= 0) {
            h = h.substring(0, colon);
        }
        int paren = h.indexOf(" (");
        if (paren >= 0) {
            h = h.substring(0, paren);
        }
        return h;
    }

    /** The item as a bare literal (markup stripped), or null if it is not identifier-like. */
    private static String literal(String item) {
        String v = item.replace("`", "").replace("*", "").replace("\"", "").trim();
        return IDENTIFIER.matcher(v).matches() ? v : null;
    }
}
