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
        String next = rest.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String hint = HINTS.get(next);
        if (hint == null) {
            // a cmdlet after the pipe takes the rows as its pipeline input: each command becomes a call of its own
            hint = "translate each command alone and pass the first one's rows to the next call in Java (PowerShell "
                    + "binds them to its pipeline parameter, usually -Identity)";
        }
        return "a pipeline: only one command with literal arguments can be translated; " + hint;
    }
}
