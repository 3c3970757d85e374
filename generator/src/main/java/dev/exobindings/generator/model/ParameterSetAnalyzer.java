package dev.exobindings.generator.model;

import dev.exobindings.generator.naming.NamingStrategy;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once, how a cmdlet's parameter sets become types: which parameters each set has, which parameter
 * distinguishes it, the entry method's name and arguments, the plain {@code all()}/{@code create()} entry, the
 * builder class names and the setters shared by every set.
 *
 * <p>Rules: a parameter with no membership (or {@code __AllParameterSets}) is in every set. The distinguishing
 * parameter of a set is one in that set and no other, preferring a mandatory one, then one named like the set,
 * then a positional one (see {@code distinguishing}). The entry method is named after it; otherwise, for a
 * cmdlet's only set or a set named {@code Default}, after its first mandatory argument; otherwise after the set. Entry arguments: the distinguishing parameter, then the
 * mandatory parameters by position then name; switches are never arguments — a mandatory or distinguishing
 * switch is set to {@code true} by the entry. Entry names that collide get the set's name appended.
 */
final class ParameterSetAnalyzer {
    static final String SHARED_BASE_NAME = "Shared";

    private final NamingStrategy naming;

    ParameterSetAnalyzer(NamingStrategy naming) {
        this.naming = naming;
    }

    /** The analysed sets, the shared base name (or null) and the shared setters. */
    record Analysis(List<ParameterSetModel> sets, String sharedBaseName, List<ParameterModel> sharedSetters,
                    List<String> warnings, Map<String, String> dropped) {
    }

    /**
     * @param parameters the cmdlet's parameters (snapshot order) paired with their models, Confirm/WhatIf removed
     */
    Analysis analyse(Cmdlet cmdlet, String className, Map<Parameter, ParameterModel> parameters) {
        List<String> warnings = new ArrayList<>();
        List<String> setNames = setNames(cmdlet, parameters.keySet());
        boolean unnamed = setNames.size() == 1 && setNames.get(0).equals(Cmdlet.ALL_PARAMETER_SETS);
        Map<String, List<SetParameter>> members = new LinkedHashMap<>();
        setNames.forEach(s -> members.put(s, new ArrayList<>()));
        Map<ParameterModel, Integer> setCount = new LinkedHashMap<>();
        for (Map.Entry<Parameter, ParameterModel> e : parameters.entrySet()) {
            int count = 0;
            for (String set : setNames) {
                SetParameter sp = membership(e.getKey(), e.getValue(), set, setNames, cmdlet, warnings);
                if (sp != null) {
                    members.get(set).add(sp);
                    count++;
                }
            }
            setCount.put(e.getValue(), count);
        }
        String defaultSet = defaultSet(cmdlet, setNames);
        String plainName = "Get".equalsIgnoreCase(cmdlet.verb()) || cmdlet.name().startsWith("Get-") ? "all" : "create";

        List<EntryModel> entries = new ArrayList<>();
        List<String> plainEntries = new ArrayList<>();
        for (String set : setNames) {
            List<SetParameter> ps = members.get(set);
            SetParameter distinguishing = setNames.size() > 1
                    ? distinguishing(set, set.equals(defaultSet), ps, setCount) : null;
            // A set named "Default" says nothing; like an only set, its entry is named after its first argument.
            EntryModel entry = entry(set, ps, distinguishing, setNames.size() == 1 || set.equalsIgnoreCase("Default"),
                    unnamed, plainName);
            boolean noMandatory = ps.stream().noneMatch(SetParameter::mandatory);
            boolean plain = set.equals(defaultSet) && noMandatory;
            if (plain && entry.arguments().isEmpty() && entry.presetSwitches().isEmpty()) {
                // The set's own entry would be a second no-argument method returning the same builder.
                entry = new EntryModel(plainName, List.of(), List.of(), null);
            }
            entries.add(entry);
            plainEntries.add(plain ? plainName : null);
        }
        relaxDefaultEntry(entries, setNames, defaultSet, members, unnamed, plainName);
        entries = disambiguate(entries, plainEntries, setNames);

        List<ParameterModel> shared = sharedSetters(members, entries, setNames.size());
        String sharedBase = shared.isEmpty() ? null : SHARED_BASE_NAME;
        Set<String> takenClassNames = new HashSet<>();
        takenClassNames.add(className);
        if (sharedBase != null) {
            takenClassNames.add(sharedBase);
        }
        List<String> builderNames = naming.uniquify(setNames.stream().map(s -> naming.setBuilderName(s, unnamed))
                .toList(), true, "", takenClassNames);

        List<ParameterSetModel> sets = new ArrayList<>();
        for (int i = 0; i < setNames.size(); i++) {
            String set = setNames.get(i);
            EntryModel entry = entries.get(i);
            Set<ParameterModel> bound = boundBy(entry);
            List<SetParameter> setters = members.get(set).stream()
                    .filter(sp -> !bound.contains(sp.parameter()) && !shared.contains(sp.parameter())).toList();
            String plain = plainEntries.get(i);
            if (plain != null && plain.equals(entry.methodName()) && entry.arguments().isEmpty()) {
                plain = null; // the entry already is the plain entry
            }
            sets.add(new ParameterSetModel(set, builderNames.get(i), set.equals(defaultSet), members.get(set),
                    setters, entry, plain));
        }
        return new Analysis(sets, sharedBase, shared, warnings, Map.of());
    }

    private static List<String> setNames(Cmdlet cmdlet, Set<Parameter> parameters) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String s : cmdlet.parameterSets()) {
            if (s != null && !s.equals(Cmdlet.ALL_PARAMETER_SETS) && seen.add(s.toLowerCase(Locale.ROOT))) {
                names.add(s);
            }
        }
        if (names.isEmpty() && cmdlet.parameterSets().isEmpty()) {
            for (Parameter p : parameters) {
                for (ParameterSetMembership m : p.sets()) {
                    if (m.name() != null && !m.name().equals(Cmdlet.ALL_PARAMETER_SETS)
                            && seen.add(m.name().toLowerCase(Locale.ROOT))) {
                        names.add(m.name());
                    }
                }
            }
        }
        return names.isEmpty() ? List.of(Cmdlet.ALL_PARAMETER_SETS) : names;
    }

    private static SetParameter membership(Parameter p, ParameterModel model, String set, List<String> setNames,
                                           Cmdlet cmdlet, List<String> warnings) {
        ParameterSetMembership exact = null;
        ParameterSetMembership all = null;
        boolean anyKnown = false;
        for (ParameterSetMembership m : p.sets()) {
            if (m.name() == null || m.name().equals(Cmdlet.ALL_PARAMETER_SETS)) {
                all = m;
                anyKnown = true;
            } else if (setNames.stream().anyMatch(s -> s.equalsIgnoreCase(m.name()))) {
                anyKnown = true;
                if (m.name().equalsIgnoreCase(set)) {
                    exact = m;
                }
            } else if (set.equals(setNames.get(0))) {
                warnings.add(cmdlet.name() + " -" + p.name() + ": membership in unknown parameter set '"
                        + m.name() + "' ignored");
            }
        }
        ParameterSetMembership m = exact != null ? exact : all;
        if (m != null) {
            return new SetParameter(model, m.mandatory(), m.position(), m.valueFromPipeline(),
                    m.valueFromPipelineByPropertyName());
        }
        // A parameter that names no known set at all is optional everywhere rather than lost.
        return anyKnown ? null : new SetParameter(model, false, null, false, false);
    }

    private static String defaultSet(Cmdlet cmdlet, List<String> setNames) {
        if (setNames.size() == 1) {
            return setNames.get(0);
        }
        // Without a known default, a set literally named "Default" is taken as the default.
        return setNames.stream().filter(s -> s.equalsIgnoreCase(cmdlet.defaultParameterSet())).findFirst()
                .orElse(setNames.stream().filter(s -> s.equalsIgnoreCase("Default")).findFirst().orElse(null));
    }

    /**
     * The parameter in this set and no other that names the entry. Preference: mandatory (lowest position first);
     * then named like the set ({@code Archive} in set {@code Archive}, {@code Anr} in {@code AnrSet}); then
     * positional; then a value parameter before a switch; then snapshot order. An optional switch never names the
     * default set's entry: that set needs nothing bound to be chosen, and the entry would have to send the switch.
     */
    private static SetParameter distinguishing(String set, boolean isDefault, List<SetParameter> ps,
                                               Map<ParameterModel, Integer> setCount) {
        Comparator<SetParameter> preference = Comparator
                .comparing((SetParameter sp) -> !sp.mandatory())
                .thenComparing(sp -> sp.mandatory() && sp.position() == null)
                .thenComparing(sp -> sp.mandatory() && sp.position() != null ? sp.position() : 0)
                .thenComparing(sp -> !namedLikeSet(sp, set))
                .thenComparing(sp -> sp.position() == null)
                .thenComparing(sp -> sp.position() == null ? 0 : sp.position())
                .thenComparing(sp -> sp.parameter().isSwitch());
        return ps.stream().filter(sp -> setCount.get(sp.parameter()) == 1)
                .filter(sp -> sp.mandatory() || !sp.parameter().isSwitch() || !isDefault)
                .sorted(preference).findFirst().orElse(null);
    }

    private static boolean namedLikeSet(SetParameter sp, String set) {
        String name = sp.parameter().name();
        return set.equalsIgnoreCase(name) || set.equalsIgnoreCase(name + "Set");
    }

    /** @param onlyOrDefault the cmdlet's only set, or a set named "Default": named after its first argument */
    private EntryModel entry(String set, List<SetParameter> ps, SetParameter distinguishing, boolean onlyOrDefault,
                             boolean unnamed, String plainName) {
        Comparator<SetParameter> byPosition = Comparator
                .comparing((SetParameter sp) -> sp.position() == null)
                .thenComparing(sp -> sp.position() == null ? 0 : sp.position())
                .thenComparing(sp -> sp.parameter().name());
        List<SetParameter> args = new ArrayList<>();
        List<SetParameter> switches = new ArrayList<>();
        if (distinguishing != null) {
            (distinguishing.parameter().isSwitch() ? switches : args).add(distinguishing);
        }
        ps.stream().filter(SetParameter::mandatory).filter(sp -> sp != distinguishing).sorted(byPosition)
                .forEach(sp -> (sp.parameter().isSwitch() ? switches : args).add(sp));
        String name;
        if (distinguishing != null) {
            name = distinguishing.parameter().methodName();
        } else if (onlyOrDefault && !args.isEmpty()) {
            name = args.get(0).parameter().methodName();
        } else if (onlyOrDefault && !switches.isEmpty()) {
            name = switches.get(0).parameter().methodName();
        } else if (onlyOrDefault || unnamed) {
            name = plainName;
        } else {
            name = naming.setEntryName(set);
        }
        return new EntryModel(name, args, switches, distinguishing);
    }

    /**
     * PowerShell binds to the default set when nothing names another one, so the default set's optional
     * distinguishing value parameter must not be forced on callers ({@code Get-MailboxPermission -Identity x}
     * needs no {@code -User}). When the default set has mandatory parameters and its entry takes such an optional
     * value, the entry takes just the mandatory ones and is named after the first — unless that name is another
     * set's entry, where the distinguishing name stays.
     */
    private void relaxDefaultEntry(List<EntryModel> entries, List<String> setNames, String defaultSet,
                                   Map<String, List<SetParameter>> members, boolean unnamed, String plainName) {
        int index = setNames.indexOf(defaultSet);
        if (index < 0) {
            return;
        }
        EntryModel entry = entries.get(index);
        SetParameter distinguishing = entry.distinguishing();
        List<SetParameter> ps = members.get(defaultSet);
        if (distinguishing == null || distinguishing.mandatory() || distinguishing.parameter().isSwitch()
                || ps.stream().noneMatch(SetParameter::mandatory)) {
            return;
        }
        EntryModel relaxed = entry(defaultSet, ps, null, true, unnamed, plainName);
        boolean taken = false;
        for (int i = 0; i < entries.size(); i++) {
            taken |= i != index && entries.get(i).methodName().equals(relaxed.methodName());
        }
        if (!taken) {
            entries.set(index, relaxed);
        }
    }

    /** Plain entries keep their names; a set entry that repeats an earlier name gets its set's name appended. */
    private List<EntryModel> disambiguate(List<EntryModel> entries, List<String> plainEntries, List<String> sets) {
        Set<String> used = new HashSet<>();
        plainEntries.stream().filter(java.util.Objects::nonNull).forEach(used::add);
        List<EntryModel> result = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            EntryModel e = entries.get(i);
            String name = e.methodName();
            boolean isThePlainEntry = name.equals(plainEntries.get(i)) && e.arguments().isEmpty();
            if (!isThePlainEntry && used.contains(name)) {
                name = naming.disambiguatedEntryName(name, sets.get(i));
                name = naming.uniquify(List.of(name), false, "", used).get(0);
            }
            used.add(name);
            result.add(new EntryModel(name, e.arguments(), e.presetSwitches(), e.distinguishing()));
        }
        return result;
    }

    private static Set<ParameterModel> boundBy(EntryModel entry) {
        Set<ParameterModel> bound = new HashSet<>();
        entry.arguments().forEach(sp -> bound.add(sp.parameter()));
        entry.presetSwitches().forEach(sp -> bound.add(sp.parameter()));
        return bound;
    }

    /** With several sets: the parameters in every set that no entry binds, in snapshot order. */
    private static List<ParameterModel> sharedSetters(Map<String, List<SetParameter>> members,
                                                      List<EntryModel> entries, int setCount) {
        if (setCount < 2) {
            return List.of();
        }
        Set<ParameterModel> bound = new HashSet<>();
        entries.forEach(e -> bound.addAll(boundBy(e)));
        List<SetParameter> first = members.values().iterator().next();
        return first.stream().map(SetParameter::parameter)
                .filter(p -> !bound.contains(p))
                .filter(p -> members.values().stream().allMatch(l -> l.stream().anyMatch(sp -> sp.parameter() == p)))
                .toList();
    }
}
