package dev.exobindings.metadata.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a parameter's yaml block (a flat {@code Key: value} list; platyPS never nests). */
final class YamlBlockParser {
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private YamlBlockParser() {
    }

    /**
     * @param fileName  page name for errors
     * @param paramName parameter name for errors
     * @param fenceLine 1-based line of the opening fence
     * @param lines     the lines between the fences
     */
    static YamlBlock parse(String fileName, String paramName, int fenceLine, List<String> lines) {
        String type = null;
        List<String> sets = List.of(YamlBlock.ALL);
        List<String> aliases = List.of();
        List<String> accepted = List.of();
        boolean required = false;
        Integer position = null;
        PipelineInput pipeline = PipelineInput.NONE;
        List<String> applicable = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNumber = fenceLine + 1 + i;
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (key) {
                case "type" -> type = value;
                case "parameter sets" -> sets = parameterSets(value);
                case "aliases" -> aliases = checked(fileName, paramName, lineNumber, "alias", aliases(value));
                case "accepted values" -> accepted = checked(fileName, paramName, lineNumber, "accepted value",
                        valueList(value));
                case "required" -> required = value.toLowerCase(Locale.ROOT).startsWith("true");
                case "position" -> position = position(value);
                case "accept pipeline input" -> pipeline = PipelineInput.parse(value);
                case "applicable" -> applicable = Applicability.tokens(value);
                default -> { }
            }
        }
        if (type == null) {
            throw new DocsImportException(fileName, fenceLine,
                    "the yaml block of parameter -" + paramName + " has no 'Type:' line",
                    "add a line such as 'Type: String' to the block");
        }
        return new YamlBlock(fenceLine, type, sets, aliases, accepted, required, position, pipeline, applicable);
    }

    /**
     * Set names are single words, so the list is split on commas and spaces (this also repairs a missing comma).
     * {@code (All)}, {@code (All))} and {@code All} mean every set. Words naming no syntax set (product names,
     * {@code Int32}, stale set names) are kept here and ignored when membership is resolved against the syntax.
     */
    private static List<String> parameterSets(String value) {
        List<String> sets = new ArrayList<>();
        for (String word : value.split("[,\\s]+")) {
            String w = word.trim();
            if (w.isEmpty()) {
                continue;
            }
            if (w.replace("(", "").replace(")", "").equalsIgnoreCase("All")) {
                w = YamlBlock.ALL;
            }
            if (!sets.contains(w)) {
                sets.add(w);
            }
        }
        return sets.isEmpty() ? List.of(YamlBlock.ALL) : sets;
    }

    /** {@code MultiValuedProperty} in the Aliases line is a type that leaked there, not an alias. */
    private static List<String> aliases(String value) {
        List<String> aliases = new ArrayList<>(commaList(value));
        aliases.removeIf(a -> a.equalsIgnoreCase(TypeNames.MULTI_VALUED_PROPERTY));
        return aliases;
    }

    /** Aliases and accepted values reach generated code: identifier-like literals only. */
    private static List<String> checked(String fileName, String paramName, int line, String what,
                                        List<String> values) {
        for (String value : values) {
            if (!LITERAL.matcher(value).matches()) {
                String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
                throw new DocsImportException(fileName, line, "parameter -" + paramName + " has the " + what
                        + " '" + shown.replaceAll("\\p{Cntrl}", "?") + "', which is not a literal",
                        "use letters, digits, '_', '.' or '-' only, separated by commas (or pipes in accepted values)");
            }
        }
        return values;
    }

    private static List<String> commaList(String value) {
        return split(value, ",");
    }

    /**
     * Accepted values: separated by commas, or by pipes as the docs wrote them until 2023-09
     * ({@code DeletedItems | RecoverableItems | PurgedItems}).
     */
    private static List<String> valueList(String value) {
        return split(value, "[,|]");
    }

    private static List<String> split(String value, String separator) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(separator)) {
            String t = item.trim();
            if (!t.isEmpty() && !items.contains(t)) {
                items.add(t);
            }
        }
        return items;
    }

    private static Integer position(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notANumber) {
            return null; // Named, Positional, or garbage: no yaml position
        }
    }
}
