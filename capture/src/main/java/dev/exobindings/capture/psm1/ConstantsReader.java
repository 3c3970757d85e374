package dev.exobindings.capture.psm1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the top-level assignments of the module text into {@link ModuleConstants}. A known constant with a value
 * of the wrong shape is an error at its place; an absent one stays unknown.
 */
final class ConstantsReader {
    private final SourceText source;
    private final Map<String, Literal> assignments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    ConstantsReader(SourceText source) {
        this.source = source;
    }

    /** Records {@code $[scope:]name = value} (the last assignment wins, as when the text runs). */
    void assign(String name, Literal value) {
        int colon = name.indexOf(':');
        assignments.put(colon >= 0 ? name.substring(colon + 1) : name, value);
    }

    /** The value assigned to {@code name}, if any. */
    Literal get(String name) {
        return assignments.get(name);
    }

    ModuleConstants constants() {
        return new ModuleConstants(integer("DefaultTimeout"), integer("DefaultMaxRetryTimes"),
                integer("DefaultRetryIntervalInMilliseconds"), integer("DefaultRetryIntervalExponentBase"),
                integer("DefaultPageSize"), integer("DefaultRetryLimitForSeverSideException"),
                statuses("RetryableResponses"), texts("RetryableExceptions"), table("CmdletHttpTimeoutCollection"),
                texts("CommonParameters"), texts("FilterParametersForBooleanParsing"));
    }

    private Integer integer(String name) {
        Literal v = assignments.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Literal.Word w && w.value().matches("\\d+")) {
            return Integer.valueOf(w.value());
        }
        throw wrongShape(name, v, "a whole number");
    }

    private List<String> texts(String name) {
        List<String> values = new ArrayList<>();
        for (Literal item : items(name)) {
            if (!(item instanceof Literal.Text t)) {
                throw wrongShape(name, item, "quoted names");
            }
            values.add(t.value());
        }
        return values;
    }

    private List<String> statuses(String name) {
        List<String> values = new ArrayList<>();
        for (Literal item : items(name)) {
            if (item instanceof Literal.Member m && m.type().toLowerCase(java.util.Locale.ROOT).endsWith("httpstatuscode")) {
                values.add(m.member());
            } else if (item instanceof Literal.Text t) {
                values.add(t.value());
            } else if (item instanceof Literal.Word w && w.value().matches("\\d{3}")) {
                values.add(w.value());
            } else {
                throw wrongShape(name, item, "[System.Net.HttpStatusCode]::Name items");
            }
        }
        return values;
    }

    private List<Literal> items(String name) {
        Literal v = assignments.get(name);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Literal.Items items) {
            return items.items();
        }
        if (v instanceof Literal.Text || v instanceof Literal.Member) {
            return List.of(v);
        }
        throw wrongShape(name, v, "an array @( … )");
    }

    private Map<String, Integer> table(String name) {
        Literal v = assignments.get(name);
        Map<String, Integer> values = new LinkedHashMap<>();
        if (v == null) {
            return values;
        }
        if (!(v instanceof Literal.Table t)) {
            throw wrongShape(name, v, "a table @{ 'Verb-Noun' = seconds; … }");
        }
        for (Map.Entry<String, Literal> e : t.entries().entrySet()) {
            if (!(e.getValue() instanceof Literal.Word w) || !w.value().matches("\\d+")) {
                throw wrongShape(name + "['" + e.getKey() + "']", e.getValue(), "a whole number of seconds");
            }
            values.put(e.getKey(), Integer.valueOf(w.value()));
        }
        return values;
    }

    private ModuleParseException wrongShape(String name, Literal v, String expected) {
        return source.error(v.offset(), "constant $" + name + " should be " + expected,
                "this is not the generated module text the parser knows; report the module version");
    }
}
