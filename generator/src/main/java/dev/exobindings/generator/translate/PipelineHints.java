package dev.exobindings.generator.translate;

import java.util.Locale;
import java.util.Map;

/**
 * What to write in Java for the client-side command a pipeline sends a cmdlet's rows to. The translator reads one
 * command with literal arguments, so a pipeline is not translated; the hint says how the usual pipelines of
 * Exchange scripts are written with the bindings instead.
 */
final class PipelineHints {
    private static final String SELECT = "translate the cmdlet alone and stream its rows into a record of those "
            + "properties, exo.stream(request, Row.class): the runtime then asks the service for only those columns "
            + "($select)";
    private static final String WHERE = "put the condition in the cmdlet's -Filter where it has one (the service "
            + "filters), or filter the Java stream of its rows";
    private static final String EACH = "translate each command alone and loop over the first one's rows in Java";
    private static final String FORMAT = "formatting and export run on the client: translate the cmdlet alone and "
            + "write its rows from Java";
    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("select-object", SELECT), Map.entry("select", SELECT),
            Map.entry("where-object", WHERE), Map.entry("where", WHERE), Map.entry("?", WHERE),
            Map.entry("foreach-object", EACH), Map.entry("foreach", EACH), Map.entry("%", EACH),
            Map.entry("format-table", FORMAT), Map.entry("ft", FORMAT), Map.entry("format-list", FORMAT),
            Map.entry("fl", FORMAT), Map.entry("export-csv", FORMAT), Map.entry("out-file", FORMAT),
            Map.entry("out-gridview", FORMAT), Map.entry("convertto-json", FORMAT), Map.entry("measure-object", FORMAT),
            Map.entry("sort-object", FORMAT), Map.entry("sort", FORMAT));

    private PipelineHints() {
    }

    /** The problem message for a pipeline whose next command starts at {@code rest} (the text after the '|'). */
    static String message(String rest) {
        String[] words = rest.strip().split("\\s+", 2);
        String next = words[0].toLowerCase(Locale.ROOT);
        String hint = HINTS.get(next);
        if (SELECT.equals(hint) && words.length > 1) {
            hint = selectHint(words[1]);
        }
        if (hint == null) {
            // a cmdlet after the pipe takes the rows as its pipeline input: each command becomes a call of its own
            hint = "translate each command alone and pass the first one's rows to the next call in Java (PowerShell "
                    + "binds them to its pipeline parameter, usually -Identity)";
        }
        return "a pipeline: only one command with literal arguments can be translated; " + hint;
    }

    /**
     * Select-Object's forms: a property list (what the translator renders as {@code .select} when it is the last
     * command), {@code *}, {@code -ExpandProperty} and {@code -First N}, read with PowerShell's prefixes.
     */
    private static String selectHint(String arguments) {
        String[] tokens = arguments.strip().split("\\s+");
        boolean properties = false;
        boolean expand = false;
        boolean star = false;
        String first = null;
        for (int i = 0; i < tokens.length && !tokens[i].equals("|"); i++) {
            String name = tokens[i].startsWith("-") ? tokens[i].substring(1).toLowerCase(Locale.ROOT) : null;
            boolean valueFollows = i + 1 < tokens.length && !tokens[i + 1].startsWith("-");
            if (name == null) {
                star |= tokens[i].equals("*");
                properties |= !tokens[i].equals("*");
            } else if (!name.isEmpty() && "first".startsWith(name) && valueFollows && tokens[i + 1].matches("\\d+")) {
                first = tokens[++i];
            } else if (name.length() >= 3 && "expandproperty".startsWith(name)) {
                expand = true;
                i++;
            } else if (!name.isEmpty() && "property".startsWith(name)) {
                properties = true;
                i++;
            } else if (valueFollows) {
                i++; // -Last 5, -Skip 2: a value that is not a property
            }
        }
        String hint = expand ? "translate the cmdlet alone and read that property from each row in Java"
                + " (exo.list(request) gives the rows as the result model, with an accessor per property)"
                : properties ? SELECT
                : star ? "translate the cmdlet alone: exo.list(request) gives each row with every property"
                : "translate the cmdlet alone and keep the rows you need in Java";
        return first == null ? hint : hint + "; -First " + first + " keeps the first rows on the client:"
                + " .resultSize(ResultSize.of(" + first + ")) has the service send only those";
    }
}
