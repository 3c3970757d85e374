package dev.exobindings.generator.model;

import dev.exobindings.generator.naming.NamingStrategy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects the closed value lists of every parameter and turns them into enums.
 *
 * <p>Policy: one enum per Exchange type name (case-insensitive), holding the <em>union</em> of the values every
 * parameter of that type lists, in first-seen order (cmdlets are visited sorted by name, so the order is stable);
 * values that differ only in case are one value, as PowerShell compares them case-insensitively. A warning says when
 * the lists differ. Parameters of a generic type ({@code String}, {@code MultiValuedProperty}…) get an enum of their
 * own, named {@code <CmdletClass><Parameter>}.
 */
final class EnumRegistry {
    /** java.lang names an enum must not shadow. */
    private static final Set<String> SHADOWED = Set.of("String", "Object", "Override", "Deprecated", "Enum", "Class",
            "Integer", "Long", "Boolean", "Character", "Byte", "Short", "Float", "Double", "Number", "Void", "Math",
            "System", "Thread", "Runtime", "Record", "Iterable", "Comparable", "SuppressWarnings", "SafeVarargs",
            "FunctionalInterface", "Exception", "Error", "Throwable", "Process", "Module", "Package", "Runnable",
            "StringBuilder", "CharSequence", "AutoCloseable", "Cloneable", "Compiler", "Readable", "Appendable",
            "ClassLoader", "SecurityManager", "StackWalker", "ThreadLocal", "ProcessBuilder", "StrictMath");

    private final NamingStrategy naming;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    EnumRegistry(NamingStrategy naming) {
        this.naming = naming;
    }

    private static final class Entry {
        final String key;
        final String exchangeType;
        final String perParameterName;
        final Map<String, String> values = new LinkedHashMap<>();
        final Set<String> usedBy = new TreeSet<>();
        List<String> firstList;
        boolean listsDiffer;

        Entry(String key, String exchangeType, String perParameterName) {
            this.key = key;
            this.exchangeType = exchangeType;
            this.perParameterName = perParameterName;
        }
    }

    /** Records that {@code cmdlet -parameter} uses the enum {@code decision.enumKey()} with these values. */
    void register(TypeDecision decision, String cmdletClassName, String cmdletName, String parameterName,
                  List<String> values) {
        Entry entry = entries.computeIfAbsent(decision.enumKey(), k -> new Entry(k, decision.enumType(),
                cmdletClassName + naming.cmdletClassName(parameterName)));
        List<String> normalized = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).distinct().sorted().toList();
        if (normalized.isEmpty()) {
            // This parameter only shares the type; it lists no values of its own.
            entry.usedBy.add(cmdletName + " -" + parameterName);
            return;
        }
        if (entry.firstList == null) {
            entry.firstList = normalized;
        } else if (!entry.firstList.equals(normalized)) {
            entry.listsDiffer = true;
        }
        for (String value : values) {
            entry.values.putIfAbsent(value.toLowerCase(Locale.ROOT), value);
        }
        entry.usedBy.add(cmdletName + " -" + parameterName);
    }

    /** Names every enum; type-named enums are named first so they keep the plain name. */
    Result build() {
        List<Entry> ordered = new ArrayList<>(entries.values());
        ordered.sort(Comparator.comparing((Entry e) -> e.exchangeType == null).thenComparing(e -> e.key));
        List<String> candidates = new ArrayList<>();
        for (Entry e : ordered) {
            String name = e.exchangeType != null ? naming.enumClassName(e.exchangeType) : "";
            if (name.isEmpty()) {
                name = e.perParameterName;
            }
            candidates.add(SHADOWED.contains(name) ? name + "Enum" : name);
        }
        List<String> names = naming.uniquify(candidates, true, "", Set.of());
        Map<String, String> classByKey = new HashMap<>();
        List<EnumModel> models = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Entry e = ordered.get(i);
            classByKey.put(e.key, names.get(i));
            models.add(new EnumModel(names.get(i), e.exchangeType, constants(e), List.copyOf(e.usedBy)));
            if (e.listsDiffer) {
                warnings.add("Enum " + names.get(i) + " (Exchange type " + e.exchangeType + "): parameters list "
                        + "different values; generated the union of " + e.values.size() + " values");
            }
        }
        models.sort(Comparator.comparing(EnumModel::className));
        return new Result(models, classByKey, warnings);
    }

    private List<EnumModel.EnumConstant> constants(Entry e) {
        List<String> wires = new ArrayList<>(e.values.values());
        List<String> candidates = wires.stream().map(naming::enumConstantName).toList();
        List<String> names = naming.uniquify(candidates, false, "_", Set.of(NamingStrategy.UNRECOGNIZED_CONSTANT));
        List<EnumModel.EnumConstant> constants = new ArrayList<>();
        for (int i = 0; i < wires.size(); i++) {
            constants.add(new EnumModel.EnumConstant(names.get(i), wires.get(i)));
        }
        return constants;
    }

    /**
     * The named enums.
     *
     * @param enums      the enum models, sorted by class name
     * @param classByKey enum class name per enum key
     * @param warnings   value-list differences
     */
    record Result(List<EnumModel> enums, Map<String, String> classByKey, List<String> warnings) {
    }
}
