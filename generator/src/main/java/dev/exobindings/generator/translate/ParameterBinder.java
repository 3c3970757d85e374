package dev.exobindings.generator.translate;

import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.SetParameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Binds a parsed command's arguments to a cmdlet's parameters and chooses the parameter set, as PowerShell's
 * binder does: names match exactly, then by alias, then by a prefix only one parameter starts with; a non-switch
 * parameter takes the next value; positional values go, in order, to the set's unbound positional parameters by
 * position; the set is the one holding every bound parameter whose mandatory parameters are all bound, the default
 * set when several are.
 */
final class ParameterBinder {
    /** PowerShell's common parameters with their aliases; {@code true} when it is a switch. */
    private static final Map<String, Boolean> COMMON = new LinkedHashMap<>();
    private static final Map<String, String> COMMON_ALIASES = Map.ofEntries(Map.entry("vb", "Verbose"),
            Map.entry("db", "Debug"), Map.entry("ea", "ErrorAction"), Map.entry("wa", "WarningAction"),
            Map.entry("infa", "InformationAction"), Map.entry("ev", "ErrorVariable"),
            Map.entry("wv", "WarningVariable"), Map.entry("iv", "InformationVariable"),
            Map.entry("ov", "OutVariable"), Map.entry("ob", "OutBuffer"), Map.entry("pv", "PipelineVariable"),
            Map.entry("proga", "ProgressAction"), Map.entry("wi", "WhatIf"), Map.entry("cf", "Confirm"));

    static {
        for (String s : List.of("Verbose", "Debug", "WhatIf", "Confirm")) {
            COMMON.put(s, true);
        }
        for (String s : List.of("ErrorAction", "WarningAction", "InformationAction", "ErrorVariable",
                "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable",
                "ProgressAction")) {
            COMMON.put(s, false);
        }
    }

    /**
     * One bound parameter.
     *
     * @param parameter the parameter
     * @param value     its value, or {@code null} for a switch written without one
     * @param column    column of the argument (the {@code -Name} token, or the positional value)
     */
    record Bound(ParameterModel parameter, PsValue value, int column) {
    }

    /**
     * The binding.
     *
     * @param set       the chosen parameter set
     * @param arguments bound parameters in written order
     * @param ignored   PowerShell common parameters of the line that are not part of the request, as notes
     * @param confirmation {@code -Confirm}/{@code -WhatIf} as written
     */
    record Binding(ParameterSetModel set, List<Bound> arguments, List<String> ignored,
                   Translation.Confirmation confirmation) {
        Bound of(ParameterModel p) {
            return arguments.stream().filter(b -> b.parameter() == p).findFirst().orElse(null);
        }
    }

    private ParameterBinder() {
    }

    static Binding bind(CmdletModel cmdlet, PsCommand command) {
        List<Bound> named = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        Translation.Confirmation confirmation = Translation.Confirmation.DEFAULT;
        List<PsArgument> positional = new ArrayList<>();
        List<PsArgument> args = command.arguments();
        for (int i = 0; i < args.size(); i++) {
            PsArgument a = args.get(i);
            if (a.positional()) {
                positional.add(a);
                continue;
            }
            String common = commonParameter(cmdlet, a.name());
            ParameterModel p = common != null ? null : resolve(cmdlet, a);
            boolean takesValue = common != null ? !COMMON.get(common) : !p.isSwitch();
            PsValue value = a.value();
            if (value == null && takesValue) {
                if (i + 1 >= args.size() || !args.get(i + 1).positional()) {
                    throw new TranslationException(Problem.Kind.SYNTAX, a.column(), "-" + a.name()
                            + " needs a value" + (common == null ? " of type " + p.declaredType() : ""));
                }
                value = args.get(++i).value();
            }
            if (common != null) {
                if (common.equals("Confirm") || common.equals("WhatIf")) {
                    Translation.Confirmation c = confirmation(cmdlet, common, value, a.column());
                    if (c != Translation.Confirmation.DEFAULT) {
                        confirmation = c;
                    }
                    continue;
                }
                ignored.add("-" + common + " is a PowerShell common parameter: it changes what PowerShell "
                        + "prints or records, not the request, so it is left out");
                continue;
            }
            for (Bound b : named) {
                if (b.parameter() == p) {
                    throw new TranslationException(Problem.Kind.AMBIGUOUS_PARAMETER, a.column(), "-" + p.name()
                            + " is given twice (also at column " + b.column() + ")");
                }
            }
            named.add(new Bound(p, value, a.column()));
        }
        List<ParameterSetModel> candidates = cmdlet.sets().stream()
                .filter(s -> named.stream().allMatch(b -> member(s, b.parameter()) != null)).toList();
        if (candidates.isEmpty()) {
            throw new TranslationException(Problem.Kind.NO_COMMON_SET, named.isEmpty() ? 1 : named.get(0).column(),
                    "no parameter set of " + cmdlet.name() + " has all of " + names(named) + " (sets: "
                            + describeSets(cmdlet, named) + ")");
        }
        Map<ParameterSetModel, List<Bound>> bySet = new LinkedHashMap<>();
        for (ParameterSetModel set : candidates) {
            List<Bound> all = bindPositional(set, named, positional);
            if (all != null) {
                bySet.put(set, all);
            }
        }
        if (bySet.isEmpty()) {
            // The first value no fitting set has a position for: the set with the most positions names it.
            int slots = candidates.stream().mapToInt(s -> positionalSlots(s, named)).max().orElse(0);
            PsArgument extra = positional.get(Math.min(slots, positional.size() - 1));
            int at = args.indexOf(extra);
            PsArgument before = at > 0 ? args.get(at - 1) : null;
            // "-Confirm $true": a switch never takes the next value, PowerShell binds it by position
            String hint = before != null && !before.positional() && before.value() == null
                    ? " (a switch takes no separate value: write -" + before.name() + ":" + written(extra.value()) + ")"
                    : "; name the parameter";
            throw new TranslationException(Problem.Kind.NO_POSITIONAL_PARAMETER, extra.column(),
                    "no positional parameter of " + cmdlet.name() + " takes this value" + (named.isEmpty() ? ""
                            : " next to " + names(named)) + hint);
        }
        return choose(cmdlet, bySet, ignored, confirmation);
    }

    private static Binding choose(CmdletModel cmdlet, Map<ParameterSetModel, List<Bound>> bySet,
                                  List<String> ignored, Translation.Confirmation confirmation) {
        List<ParameterSetModel> satisfied = bySet.entrySet().stream()
                .filter(e -> missing(e.getKey(), e.getValue()).isEmpty()).map(Map.Entry::getKey).toList();
        if (satisfied.size() == 1) {
            return new Binding(satisfied.get(0), bySet.get(satisfied.get(0)), ignored, confirmation);
        }
        ParameterSetModel defaultSet = cmdlet.sets().stream().filter(ParameterSetModel::isDefault).findFirst()
                .orElse(null);
        if (satisfied.size() > 1) {
            if (satisfied.contains(defaultSet)) {
                return new Binding(defaultSet, bySet.get(defaultSet), ignored, confirmation);
            }
            List<Bound> first = bySet.get(satisfied.get(0));
            throw new TranslationException(Problem.Kind.AMBIGUOUS_SET, first.isEmpty() ? 1 : first.get(0).column(),
                    "PowerShell cannot choose between the parameter sets " + satisfied.stream()
                            .map(ParameterSetModel::name).collect(Collectors.joining(", "))
                            + " of " + cmdlet.name() + " (no default set among them); add a parameter of one set");
        }
        ParameterSetModel shown = bySet.containsKey(defaultSet) ? defaultSet : bySet.keySet().iterator().next();
        String alternatives = bySet.size() == 1 ? "" : " (or the other fitting sets' mandatory parameters: "
                + bySet.entrySet().stream().filter(e -> e.getKey() != shown)
                .map(e -> e.getKey().name() + ": " + String.join(", ", missing(e.getKey(), e.getValue())))
                .collect(Collectors.joining("; ")) + ")";
        throw new TranslationException(Problem.Kind.MISSING_MANDATORY, 1, cmdlet.name() + " needs "
                + String.join(", ", missing(shown, bySet.get(shown))) + " in parameter set " + shown.name()
                + alternatives);
    }

    private static List<String> missing(ParameterSetModel set, List<Bound> bound) {
        return set.parameters().stream().filter(SetParameter::mandatory)
                .filter(sp -> bound.stream().noneMatch(b -> b.parameter() == sp.parameter()))
                .map(sp -> "-" + sp.parameter().name()).toList();
    }

    /** Named plus positional bindings in this set, or {@code null} when it has too few positional parameters. */
    private static List<Bound> bindPositional(ParameterSetModel set, List<Bound> named, List<PsArgument> values) {
        List<SetParameter> slots = positionalParameters(set, named);
        if (values.size() > slots.size()) {
            return null;
        }
        List<Bound> all = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            all.add(new Bound(slots.get(i).parameter(), values.get(i).value(), values.get(i).column()));
        }
        all.addAll(named);
        all.sort((a, b) -> Integer.compare(a.column(), b.column()));
        return all;
    }

    private static int positionalSlots(ParameterSetModel set, List<Bound> named) {
        return positionalParameters(set, named).size();
    }

    private static List<SetParameter> positionalParameters(ParameterSetModel set, List<Bound> named) {
        return set.parameters().stream().filter(sp -> sp.position() != null && !sp.parameter().isSwitch())
                .filter(sp -> named.stream().noneMatch(b -> b.parameter() == sp.parameter()))
                .sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
    }

    static SetParameter member(ParameterSetModel set, ParameterModel p) {
        return set.parameters().stream().filter(sp -> sp.parameter() == p).findFirst().orElse(null);
    }

    /** The cmdlet parameter a {@code -Name} token means: exact name, alias, then a unique prefix. */
    private static ParameterModel resolve(CmdletModel cmdlet, PsArgument a) {
        String name = a.name().toLowerCase(Locale.ROOT);
        for (ParameterModel p : cmdlet.parameters()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        for (ParameterModel p : cmdlet.parameters()) {
            if (p.aliases().stream().anyMatch(al -> al.equalsIgnoreCase(name))) {
                return p;
            }
        }
        // As PowerShell: a prefix of a name or of an alias (-MoveStat for -Status, alias MoveStatus), counted once
        // per parameter.
        Set<String> matches = new LinkedHashSet<>();
        ParameterModel match = null;
        for (ParameterModel p : cmdlet.parameters()) {
            if (p.name().toLowerCase(Locale.ROOT).startsWith(name)
                    || p.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).startsWith(name))) {
                matches.add(p.name());
                match = p;
            }
        }
        for (String c : COMMON.keySet()) {
            if (c.toLowerCase(Locale.ROOT).startsWith(name)) {
                matches.add(c);
            }
        }
        if (matches.size() == 1 && match != null) {
            return match;
        }
        if (matches.size() > 1) {
            throw new TranslationException(Problem.Kind.AMBIGUOUS_PARAMETER, a.column(), "-" + a.name()
                    + " is ambiguous: it starts " + String.join(", ", matches) + "; write the full name");
        }
        throw new TranslationException(Problem.Kind.UNKNOWN_PARAMETER, a.column(), cmdlet.name()
                + " has no parameter -" + a.name() + " in this snapshot" + NearestNames.hint("-", NearestNames.to(
                a.name(), cmdlet.parameters().stream()
                        .flatMap(p -> Stream.concat(Stream.of(p.name()), p.aliases().stream())).toList())), a.name());
    }

    /** The common parameter a name means (exact name, alias or unique prefix), or {@code null}. */
    private static String commonParameter(CmdletModel cmdlet, String written) {
        String name = written.toLowerCase(Locale.ROOT);
        if (cmdlet.parameters().stream().anyMatch(p -> p.name().equalsIgnoreCase(name)
                || p.aliases().stream().anyMatch(al -> al.equalsIgnoreCase(name)))) {
            return null;
        }
        for (String c : COMMON.keySet()) {
            if (c.equalsIgnoreCase(name)) {
                return c;
            }
        }
        String alias = COMMON_ALIASES.get(name);
        if (alias != null) {
            return alias;
        }
        List<String> prefixed = COMMON.keySet().stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(name))
                .toList();
        boolean cmdletPrefix = cmdlet.parameters().stream()
                .anyMatch(p -> p.name().toLowerCase(Locale.ROOT).startsWith(name)
                        || p.aliases().stream().anyMatch(al -> al.toLowerCase(Locale.ROOT).startsWith(name)));
        return prefixed.size() == 1 && !cmdletPrefix ? prefixed.get(0) : null;
    }

    /**
     * {@code -Confirm}/{@code -WhatIf}: the client's confirmation flow, a different call, not a request parameter.
     * {@code -Confirm:$false} is what the client sends by default; {@code -WhatIf:$false} changes nothing.
     */
    private static Translation.Confirmation confirmation(CmdletModel cmdlet, String common, PsValue value,
                                                         int column) {
        if (!cmdlet.supportsShouldProcess()) {
            throw new TranslationException(Problem.Kind.UNKNOWN_PARAMETER, column, cmdlet.name() + " does not "
                    + "support -" + common + " (no ShouldProcess)", common);
        }
        boolean on = value == null || value instanceof PsValue.Bool b && b.value();
        if (value != null && !(value instanceof PsValue.Bool)) {
            throw new TranslationException(Problem.Kind.INVALID_VALUE, column, "-" + common + " takes $true or "
                    + "$false (written -" + common + ":$false)");
        }
        if (!on) {
            return Translation.Confirmation.DEFAULT;
        }
        return common.equals("Confirm") ? Translation.Confirmation.VALIDATE : Translation.Confirmation.WHAT_IF;
    }

    private static String written(PsValue v) {
        if (v instanceof PsValue.Bool b) {
            return b.value() ? "$true" : "$false";
        }
        if (v instanceof PsValue.Number n) {
            return n.text();
        }
        return v instanceof PsValue.Text t ? t.value() : "<value>";
    }

    private static String names(List<Bound> bound) {
        return bound.stream().map(b -> "-" + b.parameter().name()).collect(Collectors.joining(", "));
    }

    private static String describeSets(CmdletModel cmdlet, List<Bound> named) {
        return named.stream().map(b -> "-" + b.parameter().name() + " in " + String.join("/",
                cmdlet.setsOf(b.parameter()))).filter(Objects::nonNull).collect(Collectors.joining("; "));
    }
}
