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
    record Rendered(String expression, List<String> imports, List<ParameterModel> callOrder) {
    }

    Rendered render(CmdletModel cmdlet, ParameterBinder.Binding binding, Map<ParameterModel, TypedValue> values) {
        Set<String> imports = new TreeSet<>();
        imports.add(service.packageName() + "." + cmdlet.className());
        ParameterSetModel set = binding.set();
        EntryModel entry = chooseEntry(cmdlet, binding);
        StringBuilder sb = new StringBuilder(cmdlet.className()).append('.').append(entry.methodName()).append('(');
        // LinkedHashSet: the order the calls set the parameters in, which is the order of the body they send
        Set<ParameterModel> done = new java.util.LinkedHashSet<>();
        if (entry.argument() != null) {
            ParameterModel p = entry.argument().parameter();
            sb.append(stagedArgument(binding.of(p), values.get(p), imports));
            done.add(p);
        }
        entry.presetSwitches().forEach(sp -> done.add(sp.parameter()));
        sb.append(')');
        // The set's remaining mandatory parameters are staged steps, named in the model's order.
        for (SetParameter step : set.steps()) {
            ParameterModel p = step.parameter();
            if (done.add(p)) {
                ParameterBinder.Bound b = binding.of(p);
                if (b == null) {
                    throw new TranslationException(Problem.Kind.MISSING_MANDATORY, 1, "parameter set " + set.name()
                            + " needs -" + p.name() + ", which the line does not give");
                }
                sb.append('.').append(p.methodName()).append('(').append(stagedArgument(b, values.get(p), imports))
                        .append(')');
            }
        }
        for (ParameterBinder.Bound b : binding.arguments()) {
            ParameterModel p = b.parameter();
            if (!done.add(p)) {
                continue;
            }
            boolean hasSetter = set.setters().stream().anyMatch(sp -> sp.parameter() == p)
                    || cmdlet.sharedSetters().contains(p);
            if (!hasSetter) {
                throw new TranslationException(Problem.Kind.API_GAP, b.column(), "the builder of set " + set.name()
                        + " entered through " + cmdlet.className() + "." + entry.methodName() + "(…) has no setter "
                        + "for -" + p.name());
            }
            if (values.get(p) instanceof TypedValue.Null) {
                sb.append('.').append(p.clearMethodName()).append("()");
                continue;
            }
            sb.append('.').append(p.methodName()).append('(').append(setterArgument(b, values.get(p), imports))
                    .append(')');
        }
        return new Rendered(sb.toString(), List.copyOf(imports), List.copyOf(done));
    }

    /**
     * The entry of the line's set that binds a parameter the line gives (the set's own selecting parameter) and
     * sends only switches the line sends as true; else one without argument that sends no switch the line lacks.
     */
    private static EntryModel chooseEntry(CmdletModel cmdlet, ParameterBinder.Binding binding) {
        ParameterSetModel set = binding.set();
        EntryModel fallback = null;
        String reason = null;
        int column = 1;
        for (EntryModel entry : set.entries()) {
            String forced = null;
            for (SetParameter sp : entry.presetSwitches()) {
                ParameterBinder.Bound b = binding.of(sp.parameter());
                if (b == null) {
                    forced = "sends the switch -" + sp.parameter().name() + ", which the line does not give";
                } else if (b.value() instanceof PsValue.Bool v && !v.value()) {
                    forced = "sends the switch -" + sp.parameter().name() + " as true";
                    column = b.column();
                }
            }
            if (forced != null) {
                reason = forced;
                continue;
            }
            if (entry.argument() != null && binding.of(entry.argument().parameter()) != null) {
                return entry;
            }
            if (entry.argument() == null && fallback == null) {
                fallback = entry;
            }
        }
        if (fallback != null) {
            return fallback;
        }
        throw new TranslationException(Problem.Kind.API_GAP, column, "no entry of parameter set " + set.name()
                + " fits the line" + (reason == null ? "" : ": " + cmdlet.className() + "." + set.entry().methodName()
                + "(…) " + reason));
    }

    /** An entry's or a staged step's argument: the setter forms, but no {@code @{Add/Remove}} change. */
    private String stagedArgument(ParameterBinder.Bound b, TypedValue v, Set<String> imports) {
        if (v instanceof TypedValue.Null) {
            throw new TranslationException(Problem.Kind.INVALID_VALUE, b.column(), "-" + b.parameter().name()
                    + " is mandatory in this parameter set, so it cannot be cleared with $null");
        }
        if (v instanceof TypedValue.Delta) {
            throw new TranslationException(Problem.Kind.API_GAP, b.column(), "-" + b.parameter().name()
                    + " is named by an entry or a step, which takes values, not @{Add/Remove}");
        }
        return setterArgument(b, v, imports);
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
                        + "with a value " + type.element().enumClass() + " does not list: the MultiValue overload takes"
                        + " the enum's values only; set the whole list with the String... overload instead");
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

    private static boolean hasRaw(List<? extends TypedValue> values) {
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
        if (v instanceof TypedValue.Unlimited u && type != null && type.kind() == TypeRef.Kind.RESULT_SIZE) {
            imports.add(VALUES + "ResultSize");
            return u.bound() == null ? "ResultSize.unlimited()"
                    : "ResultSize.of(" + literalLong(((TypedValue.Whole) u.bound()).value()) + ")";
        }
        if (v instanceof TypedValue.Unlimited u) {
            imports.add(VALUES + "Unlimited");
            if (u.bound() == null) {
                return "Unlimited.unlimited()";
            }
            if (u.bound() instanceof TypedValue.Span span) {
                imports.add("java.time.Duration");
                return "Unlimited.of(" + duration(span.value()) + ")";
            }
            return "Unlimited.of(" + (u.bound() instanceof TypedValue.Whole w ? literalLong(w.value())
                    : scalar(u.bound(), TypeRef.of(TypeRef.Kind.BYTE_SIZE), imports)) + ")";
        }
        if (v instanceof TypedValue.EnumValue e) {
            imports.add(service.enumPackageName() + "." + e.enumClass());
            return e.enumClass() + "." + e.constant();
        }
        if (v instanceof TypedValue.Flags f) {
            if (hasRaw(f.values())) {
                // the raw-text overload: the values as one comma-separated string, exactly as they are sent
                return JavaLiterals.string(f.values().stream().map(TypedValue.EnumValue::wire)
                        .collect(Collectors.joining(","))).toString();
            }
            return f.values().stream().map(e -> scalar(e, type, imports)).collect(Collectors.joining(", "));
        }
        if (v instanceof TypedValue.Table t) {
            imports.add("java.util.Map");
            if (t.members().size() <= 1) {
                return "Map.of(" + t.members().stream().map(m -> JavaLiterals.string(m.key()) + ", "
                        + scalar(m.value(), null, imports)).collect(Collectors.joining(", ")) + ")";
            }
            // Map.of/ofEntries iterate in no fixed order: the body would not list the keys as the line does
            imports.add(VALUES + "OrderedMap");
            return "OrderedMap.ofEntries(" + t.members().stream().map(m -> "Map.entry(" + JavaLiterals.string(m.key())
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
