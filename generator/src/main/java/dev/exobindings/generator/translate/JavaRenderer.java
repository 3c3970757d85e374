package dev.exobindings.generator.translate;

import dev.exobindings.generator.emit.JavaLiterals;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EntryModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.SetParameter;
import dev.exobindings.generator.model.SetterShapes;
import dev.exobindings.generator.model.TypeRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the Java expression for a bound line from the generator's model: the set's entry method (or its plain
 * {@code all()}/{@code create()} entry) with the arguments the model says it takes, then one setter call per other
 * parameter, each value in the form the setter's overloads accept ({@link SetterShapes}).
 */
final class JavaRenderer {
    private static final String VALUES = "dev.exobindings.runtime.value.";
    private static final long KB = 1024;

    private final ServiceModel service;

    JavaRenderer(ServiceModel service) {
        this.service = service;
    }

    /**
     * The rendered expression and the imports it needs.
     *
     * @param expression e.g. {@code SetMailbox.identity("x").hiddenFromAddressListsEnabled(true)}
     * @param imports    fully qualified names, sorted
     */
    record Rendered(String expression, List<String> imports) {
    }

    Rendered render(CmdletModel cmdlet, ParameterBinder.Binding binding, Map<ParameterModel, TypedValue> values) {
        Set<String> imports = new TreeSet<>();
        imports.add(service.packageName() + "." + cmdlet.className());
        ParameterSetModel set = binding.set();
        EntryModel entry = chooseEntry(cmdlet, binding);
        StringBuilder sb = new StringBuilder(cmdlet.className()).append('.').append(entry.methodName()).append('(');
        List<String> args = new ArrayList<>();
        Set<ParameterModel> byEntry = new java.util.HashSet<>();
        for (SetParameter sp : entry.arguments()) {
            ParameterBinder.Bound b = binding.of(sp.parameter());
            args.add(entryArgument(b, values.get(sp.parameter()), imports));
            byEntry.add(sp.parameter());
        }
        entry.presetSwitches().forEach(sp -> byEntry.add(sp.parameter()));
        sb.append(String.join(", ", args)).append(')');
        for (ParameterBinder.Bound b : binding.arguments()) {
            ParameterModel p = b.parameter();
            if (byEntry.contains(p)) {
                continue;
            }
            boolean hasSetter = set.setters().stream().anyMatch(sp -> sp.parameter() == p)
                    || cmdlet.sharedSetters().contains(p);
            if (!hasSetter) {
                throw new TranslationException(Problem.Kind.API_GAP, b.column(), "the builder of set " + set.name()
                        + " entered through " + cmdlet.className() + "." + entry.methodName() + "(…) has no setter "
                        + "for -" + p.name());
            }
            sb.append('.').append(p.methodName()).append('(').append(setterArgument(b, values.get(p), imports))
                    .append(')');
        }
        return new Rendered(sb.toString(), List.copyOf(imports));
    }

    /**
     * The set's entry when the line binds every argument it takes and every switch it sends; else its plain
     * entry when it has one and the line binds nothing the plain entry would leave without a setter.
     */
    private static EntryModel chooseEntry(CmdletModel cmdlet, ParameterBinder.Binding binding) {
        ParameterSetModel set = binding.set();
        EntryModel entry = set.entry();
        String forced = null;
        int column = 1;
        for (SetParameter sp : entry.arguments()) {
            if (binding.of(sp.parameter()) == null) {
                forced = "takes -" + sp.parameter().name() + ", which the line does not give";
            }
        }
        for (SetParameter sp : entry.presetSwitches()) {
            ParameterBinder.Bound b = binding.of(sp.parameter());
            if (b == null) {
                forced = "sends the switch -" + sp.parameter().name() + ", which the line does not give";
            } else if (b.value() instanceof PsValue.Bool v && !v.value()) {
                forced = "sends the switch -" + sp.parameter().name() + " as true";
                column = b.column();
            }
        }
        if (forced == null) {
            return entry;
        }
        if (set.plainEntry() != null && entry.arguments().stream().allMatch(sp -> binding.of(sp.parameter()) == null)
                && entry.presetSwitches().stream().allMatch(sp -> binding.of(sp.parameter()) == null)) {
            return new EntryModel(set.plainEntry(), List.of(), List.of(), null);
        }
        throw new TranslationException(Problem.Kind.API_GAP, column, "parameter set " + set.name() + " is entered "
                + "only through " + cmdlet.className() + "." + entry.methodName() + "(…), which " + forced);
    }

    private String entryArgument(ParameterBinder.Bound b, TypedValue v, Set<String> imports) {
        ParameterModel p = b.parameter();
        if (v instanceof TypedValue.Delta) {
            throw new TranslationException(Problem.Kind.API_GAP, b.column(), "-" + p.name() + " is an argument of "
                    + "the entry method, which takes a list, not @{Add/Remove}");
        }
        if (v instanceof TypedValue.Items items) {
            imports.add("java.util.List");
            return "List.of(" + items.items().stream().map(i -> entryScalar(b, i, p.type().element(), imports))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return entryScalar(b, v, p.type(), imports);
    }

    private String entryScalar(ParameterBinder.Bound b, TypedValue v, TypeRef type, Set<String> imports) {
        if (v instanceof TypedValue.EnumValue e && e.constant() == null) {
            throw new TranslationException(Problem.Kind.API_GAP, b.column(), "-" + b.parameter().name() + " '"
                    + e.wire() + "' is not a value of " + e.enumClass() + ", and the entry method has no raw-text "
                    + "overload");
        }
        return scalar(v, type, imports);
    }

    private String setterArgument(ParameterBinder.Bound b, TypedValue v, Set<String> imports) {
        ParameterModel p = b.parameter();
        TypeRef type = p.type();
        if (type.kind() == TypeRef.Kind.SWITCH) {
            return ((TypedValue.Bool) v).value() ? "" : "false";
        }
        if (v instanceof TypedValue.Delta d) {
            if (hasRaw(d.add()) || hasRaw(d.remove())) {
                throw new TranslationException(Problem.Kind.API_GAP, b.column(), "-" + p.name() + ": @{Add/Remove} "
                        + "with a value " + type.element().enumClass() + " does not list has no MultiValue overload");
            }
            imports.add(VALUES + "MultiValue");
            StringBuilder sb = new StringBuilder("MultiValue.");
            if (!d.add().isEmpty()) {
                sb.append("add(").append(scalars(d.add(), type.element(), imports)).append(')');
            }
            if (!d.remove().isEmpty()) {
                sb.append(d.add().isEmpty() ? "remove(" : ".andRemove(").append(scalars(d.remove(), type.element(),
                        imports)).append(')');
            }
            if (d.add().isEmpty() && d.remove().isEmpty()) {
                throw new TranslationException(Problem.Kind.INVALID_VALUE, b.column(), "-" + p.name()
                        + ": an empty @{} adds and removes nothing");
            }
            return sb.toString();
        }
        if (v instanceof TypedValue.Items items) {
            if (hasRaw(items.items())) {
                return items.items().stream().map(i -> JavaLiterals.string(((TypedValue.EnumValue) i).wire())
                        .toString()).collect(Collectors.joining(", "));
            }
            if (SetterShapes.takesVarargs(type.element()) && !items.items().isEmpty()) {
                return scalars(items.items(), type.element(), imports);
            }
            imports.add("java.util.List");
            return "List.of(" + scalars(items.items(), type.element(), imports) + ")";
        }
        if (v instanceof TypedValue.EnumValue e && e.constant() == null) {
            return JavaLiterals.string(e.wire()).toString();
        }
        return scalar(v, type, imports);
    }

    private static boolean hasRaw(List<TypedValue> values) {
        return values.stream().anyMatch(i -> i instanceof TypedValue.EnumValue e && e.constant() == null);
    }

    private String scalars(List<TypedValue> values, TypeRef type, Set<String> imports) {
        return values.stream().map(v -> scalar(v, type, imports)).collect(Collectors.joining(", "));
    }

    /** A value as a Java expression of the parameter's type ({@code type} is null inside an untyped hashtable). */
    private String scalar(TypedValue v, TypeRef type, Set<String> imports) {
        if (v instanceof TypedValue.Text t) {
            return JavaLiterals.string(t.value()).toString();
        }
        if (v instanceof TypedValue.Bool b) {
            return Boolean.toString(b.value());
        }
        if (v instanceof TypedValue.Whole w) {
            boolean isLong = type != null ? type.kind() == TypeRef.Kind.LONG
                    : w.value() != (int) w.value();
            return w.value() + (isLong ? "L" : "");
        }
        if (v instanceof TypedValue.Real r) {
            String s = r.value().toString();
            return s.contains(".") || s.contains("E") ? s : s + ".0";
        }
        if (v instanceof TypedValue.Guid g) {
            imports.add("java.util.UUID");
            return "UUID.fromString(\"" + g.value() + "\")";
        }
        if (v instanceof TypedValue.DateTime d) {
            imports.add("java.time.Instant");
            return "Instant.parse(\"" + d.utc() + (d.utc().getSecond() == 0 && d.utc().getNano() == 0 ? ":00" : "")
                    + "Z\")";
        }
        if (v instanceof TypedValue.Span s) {
            imports.add("java.time.Duration");
            return duration(s.value());
        }
        if (v instanceof TypedValue.Size s) {
            imports.add(VALUES + "ByteSize");
            return size(s.bytes());
        }
        if (v instanceof TypedValue.Unlimited u) {
            imports.add(VALUES + "Unlimited");
            if (u.bound() == null) {
                return "Unlimited.unlimited()";
            }
            return "Unlimited.of(" + (u.bound() instanceof TypedValue.Whole w ? literalLong(w.value())
                    : scalar(u.bound(), TypeRef.of(TypeRef.Kind.BYTE_SIZE), imports)) + ")";
        }
        if (v instanceof TypedValue.EnumValue e) {
            imports.add(service.enumPackageName() + "." + e.enumClass());
            return e.enumClass() + "." + e.constant();
        }
        if (v instanceof TypedValue.Table t) {
            imports.add("java.util.Map");
            if (t.members().size() <= 10) {
                return "Map.of(" + t.members().stream().map(m -> JavaLiterals.string(m.key()) + ", "
                        + scalar(m.value(), null, imports)).collect(Collectors.joining(", ")) + ")";
            }
            return "Map.ofEntries(" + t.members().stream().map(m -> "Map.entry(" + JavaLiterals.string(m.key())
                    + ", " + scalar(m.value(), null, imports) + ")").collect(Collectors.joining(", ")) + ")";
        }
        if (v instanceof TypedValue.Items items) {
            imports.add("java.util.List");
            return "List.of(" + scalars(items.items(), null, imports) + ")";
        }
        throw new IllegalStateException("no Java form for " + v);
    }

    private static String duration(Duration d) {
        if (d.isZero()) {
            return "Duration.ZERO";
        }
        if (d.getNano() != 0) {
            return "Duration.ofSeconds(" + d.getSeconds() + "L, " + d.getNano() + ")";
        }
        long s = d.getSeconds();
        if (s % 86_400 == 0) {
            return "Duration.ofDays(" + s / 86_400 + ")";
        }
        if (s % 3_600 == 0) {
            return "Duration.ofHours(" + s / 3_600 + ")";
        }
        if (s % 60 == 0) {
            return "Duration.ofMinutes(" + s / 60 + ")";
        }
        return "Duration.ofSeconds(" + s + ")";
    }

    private static String size(long bytes) {
        String[] methods = {"ofGigabytes", "ofMegabytes", "ofKilobytes"};
        long unit = KB * KB * KB;
        for (String m : methods) {
            if (bytes != 0 && bytes % unit == 0) {
                return "ByteSize." + m + "(" + literalLong(bytes / unit) + ")";
            }
            unit /= KB;
        }
        return "ByteSize.ofBytes(" + literalLong(bytes) + ")";
    }

    private static String literalLong(long value) {
        return value == (int) value ? Long.toString(value) : value + "L";
    }
}
