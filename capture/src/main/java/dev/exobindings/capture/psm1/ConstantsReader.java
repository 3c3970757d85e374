package dev.exobindings.capture.psm1;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the top-level assignments of the module text into {@link ModuleConstants}. Each assignment is recognised
 * by what it is ({@link ConstantKind}): a table of Verb-Noun keys, an array of HTTP status members, an array of
 * exception names, a whole number whose name says what it counts. Two assignments of one meaning are an error
 * (the parser would have to guess), and so is a text that has constants but lacks a required one; both name line
 * and column. A text without any recognised constant (a fragment) leaves every value unknown.
 */
final class ConstantsReader {
    private static final Pattern VERB_NOUN = Pattern.compile("[A-Za-z]+-[A-Za-z0-9]+");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private record Assignment(String name, Literal value, int offset) {
    }

    private final SourceText source;
    /** Last assignment per variable (as when the text runs), in the order the variables first appear. */
    private final Map<String, Assignment> assignments = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<String> order = new ArrayList<>();

    ConstantsReader(SourceText source) {
        this.source = source;
    }

    /** Records {@code $[scope:]name = value}, the variable at {@code offset}. */
    void assign(String variable, Literal value, int offset) {
        String name = variable.substring(variable.indexOf(':') + 1);
        if (assignments.put(name, new Assignment(name, value, offset)) == null) {
            order.add(name);
        }
    }

    /** The value assigned to {@code name}, if any. */
    Literal get(String name) {
        Assignment a = assignments.get(name);
        return a == null ? null : a.value();
    }

    ModuleConstants constants() {
        Map<ConstantKind, Assignment> found = new EnumMap<>(ConstantKind.class);
        List<Assignment> nearMisses = new ArrayList<>();
        for (String name : order) {
            Assignment a = assignments.get(name);
            ConstantKind kind = kind(a);
            if (kind == null) {
                if (ConstantKind.ofNumberName(a.name()) != null && !(a.value() instanceof Literal.Table)
                        && !(a.value() instanceof Literal.Items)) {
                    nearMisses.add(a);
                }
                continue;
            }
            Assignment earlier = found.putIfAbsent(kind, a);
            if (earlier != null) {
                throw source.error(a.offset(), "$" + a.name() + " and $" + earlier.name() + " ("
                        + source.where(earlier.offset()) + ") both look like " + kind.description()
                        + ", so which one the module uses is unknown",
                        "this module text is laid out differently from the ones the parser knows; report the module version");
            }
        }
        if (!found.isEmpty()) {
            requireAll(found, nearMisses);
        }
        return new ModuleConstants(number(found, ConstantKind.DEFAULT_TIMEOUT), number(found, ConstantKind.MAX_RETRIES),
                number(found, ConstantKind.RETRY_INTERVAL), number(found, ConstantKind.RETRY_EXPONENT_BASE),
                number(found, ConstantKind.PAGE_SIZE), number(found, ConstantKind.SERVER_RETRY_LIMIT),
                statuses(found.get(ConstantKind.RETRYABLE_STATUSES)), texts(found.get(ConstantKind.RETRYABLE_EXCEPTIONS)),
                table(found.get(ConstantKind.CMDLET_TIMEOUTS)), texts(found.get(ConstantKind.COMMON_PARAMETERS)),
                texts(found.get(ConstantKind.FILTER_PARAMETERS)));
    }

    private void requireAll(Map<ConstantKind, Assignment> found, List<Assignment> nearMisses) {
        int regionStart = found.values().stream().mapToInt(Assignment::offset).min().orElse(0);
        for (ConstantKind kind : ConstantKind.values()) {
            if (!kind.required() || found.containsKey(kind)) {
                continue;
            }
            StringBuilder problem = new StringBuilder("the constants (from this place on) hold nothing that is ")
                    .append(kind.description());
            for (Assignment miss : nearMisses) {
                if (ConstantKind.ofNumberName(miss.name()) == kind) {
                    problem.append("; $").append(miss.name()).append(" (").append(source.where(miss.offset()))
                            .append(") has such a name but its value is not a whole number");
                }
            }
            throw source.error(regionStart, problem.toString(),
                    "the capture derives cmdlet timeouts from it; report the module version");
        }
    }

    /** The meaning of one assignment, or {@code null} when it is none of the module's constants. */
    private static ConstantKind kind(Assignment a) {
        Literal v = a.value();
        if (v instanceof Literal.Table t) {
            boolean cmdletKeys = t.entries().keySet().stream().allMatch(k -> VERB_NOUN.matcher(k).matches());
            boolean seconds = t.entries().values().stream()
                    .allMatch(e -> e instanceof Literal.Word w && WHOLE.matcher(w.value()).matches());
            // named for timeouts: recognised even when empty or damaged, so a bad entry is reported, not skipped
            boolean named = ConstantKind.words(a.name()).contains("timeout");
            return cmdletKeys && (seconds && !t.entries().isEmpty() || named) ? ConstantKind.CMDLET_TIMEOUTS : null;
        }
        if (v instanceof Literal.Member m) {
            return isStatus(m) ? ConstantKind.RETRYABLE_STATUSES : null;
        }
        if (v instanceof Literal.Items items && !items.items().isEmpty()) {
            return arrayKind(items.items());
        }
        if (v instanceof Literal.Word w && WHOLE.matcher(w.value()).matches()) {
            return ConstantKind.ofNumberName(a.name());
        }
        return null;
    }

    private static ConstantKind arrayKind(List<Literal> items) {
        if (items.stream().allMatch(i -> i instanceof Literal.Member m && isStatus(m))) {
            return ConstantKind.RETRYABLE_STATUSES;
        }
        if (!items.stream().allMatch(i -> i instanceof Literal.Text)) {
            return null;
        }
        List<String> texts = items.stream().map(i -> ((Literal.Text) i).value()).toList();
        if (texts.stream().allMatch(t -> t.length() > "Exception".length() && t.endsWith("Exception"))) {
            return ConstantKind.RETRYABLE_EXCEPTIONS;
        }
        if (texts.stream().allMatch(t -> t.endsWith("Filter"))) {
            return ConstantKind.FILTER_PARAMETERS;
        }
        long common = texts.stream().filter(t -> ConstantKind.COMMON_PARAMETER_NAMES
                .contains(t.toLowerCase(Locale.ROOT))).count();
        return common >= 3 ? ConstantKind.COMMON_PARAMETERS : null;
    }

    private static boolean isStatus(Literal.Member m) {
        return m.type().toLowerCase(Locale.ROOT).endsWith("httpstatuscode");
    }

    private static Integer number(Map<ConstantKind, Assignment> found, ConstantKind kind) {
        Assignment a = found.get(kind);
        return a == null ? null : Integer.valueOf(((Literal.Word) a.value()).value());
    }

    private static List<String> texts(Assignment a) {
        if (a == null) {
            return List.of();
        }
        return ((Literal.Items) a.value()).items().stream().map(i -> ((Literal.Text) i).value()).toList();
    }

    private static List<String> statuses(Assignment a) {
        if (a == null) {
            return List.of();
        }
        List<Literal> items = a.value() instanceof Literal.Items list ? list.items() : List.of(a.value());
        return items.stream().map(i -> ((Literal.Member) i).member()).toList();
    }

    private Map<String, Integer> table(Assignment a) {
        Map<String, Integer> values = new LinkedHashMap<>();
        if (a == null) {
            return values;
        }
        for (Map.Entry<String, Literal> e : ((Literal.Table) a.value()).entries().entrySet()) {
            if (!(e.getValue() instanceof Literal.Word w) || !WHOLE.matcher(w.value()).matches()) {
                throw source.error(e.getValue().offset(), "$" + a.name() + "['" + e.getKey() + "'] of "
                        + ConstantKind.CMDLET_TIMEOUTS.description() + " should be a whole number of seconds",
                        "this is not the generated module text the parser knows; report the module version");
            }
            values.put(e.getKey(), Integer.valueOf(w.value()));
        }
        return values;
    }
}
