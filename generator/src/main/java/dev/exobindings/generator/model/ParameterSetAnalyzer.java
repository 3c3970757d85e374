package dev.exobindings.generator.model;

import dev.exobindings.generator.naming.NamingStrategy;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides, once, how a cmdlet's parameter sets become types: which parameters each set has, which sets can be
 * chosen at all ({@link SetSelection}), the entry methods choosing each set, the staged steps naming its other
 * mandatory parameters, the builder class names and the setters shared by every set.
 *
 * <p>Rules, so that a call reads like the PowerShell line and no optional value is forced:
 * <ul>
 *   <li>A parameter with no membership (or {@code __AllParameterSets}) is in every set.</li>
 *   <li>A set with a mandatory parameter of its own is chosen by it: one entry named after it.</li>
 *   <li>The default set (or a cmdlet's only set) is chosen by its first mandatory parameter; without one by
 *       {@code all()} (Get-*) / {@code create()} (other verbs), plus, with several sets, an entry named after its
 *       preferred optional parameter of its own ({@code GetMailbox.identity(…)}).</li>
 *   <li>Another set is chosen by any optional parameter of its own: one entry per such parameter
 *       ({@code GetMoveRequest.status(…)}, {@code GetMoveRequest.batchName(…)}); a switch entry sends the switch.
 *       A set with no parameter of its own is named after the set. A set that a call giving none of its own
 *       parameters still selects (every other set has a mandatory parameter it lacks) also gets an entry named after
 *       the set that takes nothing ({@code NewTenantAllowBlockListItems.expiration()}).</li>
 *   <li>The rules count only the sets that are generated: a cmdlet left with one selectable set is entered like a
 *       one-set cmdlet.</li>
 *   <li>An entry takes at most one argument; the set's other mandatory parameters are staged steps in position
 *       then name order ({@code AddMailboxPermission.accessRights(…).identity(…).user(…)}), so no entry takes two
 *       values of one type. Switches are never arguments: mandatory ones are sent as {@code true} by the entry.</li>
 *   <li>Every entry's least call (argument, steps, switches sent) chooses its set under PowerShell's binding rules
 *       ({@link SetSelection#chosen}); one that does not sends the set's switch too when that makes it choose the
 *       set (one named like the set, else one in that set alone), else it is left out; a set left with no entry is
 *       dropped like an unselectable one.</li>
 *   <li>Entry names that collide get the set's name appended, then a number.</li>
 * </ul>
 */
final class ParameterSetAnalyzer {
    static final String SHARED_BASE_NAME = "Shared";

    private final NamingStrategy naming;

    ParameterSetAnalyzer(NamingStrategy naming) {
        this.naming = naming;
    }

    /**
     * The analysed sets, the shared base name (or null), the shared setters, warnings, and the dropped sets
     * (set name → why), in set order.
     */
    record Analysis(List<ParameterSetModel> sets, String sharedBaseName, List<ParameterModel> sharedSetters,
                    List<String> warnings, Map<String, String> dropped) {
    }

    /** The entries of one set and the mandatory parameters left for staged steps. */
    private record Plan(List<EntryModel> entries, List<SetParameter> steps) {
    }

    /**
     * @param parameters the cmdlet's parameters (snapshot order), Confirm/WhatIf removed
     * @param models     their models, index by index
     */
    Analysis analyse(Cmdlet cmdlet, String className, List<Parameter> parameters, List<ParameterModel> models) {
        List<String> warnings = new ArrayList<>();
        List<String> allSets = setNames(cmdlet, parameters);
        boolean unnamed = allSets.size() == 1 && allSets.get(0).equals(Cmdlet.ALL_PARAMETER_SETS);
        Map<String, List<SetParameter>> members = new LinkedHashMap<>();
        allSets.forEach(s -> members.put(s, new ArrayList<>()));
        Map<String, String> setByLowerName = new HashMap<>();
        allSets.forEach(s -> setByLowerName.put(s.toLowerCase(Locale.ROOT), s));
        for (int i = 0; i < parameters.size(); i++) {
            Memberships m = memberships(parameters.get(i), setByLowerName, cmdlet, warnings);
            for (String set : allSets) {
                SetParameter sp = m.in(set, models.get(i));
                if (sp != null) {
                    members.get(set).add(sp);
                }
            }
        }
        String defaultSet = SetSelection.defaultSet(cmdlet.defaultParameterSet(), allSets);
        Map<String, String> dropped = new LinkedHashMap<>();
        SetSelection.unselectable(members, defaultSet).forEach((set, takenBy) -> dropped.put(set,
                "no parameter chooses it: every call is also a call of set " + takenBy));
        List<String> selectable = allSets.stream().filter(s -> !dropped.containsKey(s)).toList();
        String plainName = "Get".equalsIgnoreCase(cmdlet.verb()) || cmdlet.name().startsWith("Get-") ? "all" : "create";
        // Once the unselectable sets are gone, "of its own" and "the only set" are about the sets that remain: a
        // cmdlet left with one set is entered like a one-set cmdlet.
        boolean severalSets = selectable.size() > 1;
        // by identity: one ParameterModel per parameter, and hashing the records deeply dominated this analysis
        Map<ParameterModel, Integer> setCount = new IdentityHashMap<>();
        selectable.forEach(s -> members.get(s).forEach(sp -> setCount.merge(sp.parameter(), 1, Integer::sum)));

        List<Plan> allPlans = new ArrayList<>();
        for (String set : selectable) {
            boolean onlyOrDefault = !severalSets || set.equals(defaultSet);
            allPlans.add(plan(set, members.get(set), setCount, severalSets, onlyOrDefault,
                    set.equals(defaultSet) && severalSets, unnamed, plainName,
                    chosenByElimination(set, selectable, members)));
        }
        // An entry must send a body that chooses its set: one that does not sends the set's switch too, or is left
        // out; a set left with no entry is not generated (the service still has it, so the check counts it).
        Map<String, String> noEntry = new LinkedHashMap<>();
        List<String> setNames = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < selectable.size(); i++) {
            String set = selectable.get(i);
            Plan checked = selecting(set, allPlans.get(i), selectable, members, defaultSet);
            if (checked.entries().isEmpty() && !set.equals(defaultSet) && selectable.size() > 1) {
                noEntry.put(set, "no entry: its parameters alone choose another set or none");
                continue;
            }
            setNames.add(set);
            plans.add(checked.entries().isEmpty() ? allPlans.get(i) : checked);
        }
        Map<String, String> droppedNow = new LinkedHashMap<>();
        allSets.stream().filter(s -> dropped.containsKey(s) || noEntry.containsKey(s))
                .forEach(s -> droppedNow.put(s, dropped.containsKey(s) ? dropped.get(s) : noEntry.get(s)));
        dropped.clear();
        dropped.putAll(droppedNow);
        List<List<EntryModel>> entries = disambiguate(plans, setNames, plainName);

        List<ParameterModel> shared = sharedSetters(setNames, members);
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
            List<SetParameter> setters = members.get(set).stream()
                    .filter(sp -> !sp.mandatory() && !containsSame(shared, sp.parameter())).toList();
            sets.add(new ParameterSetModel(set, builderNames.get(i), set.equals(defaultSet), members.get(set),
                    setters, entries.get(i), plans.get(i).steps()));
        }
        return new Analysis(sets, sharedBase, shared, warnings, dropped);
    }

    private static List<String> setNames(Cmdlet cmdlet, List<Parameter> parameters) {
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

    /**
     * One parameter's memberships, resolved once against the cmdlet's sets: by exact set (case-insensitive), the
     * all-sets membership, and whether it names any known set.
     */
    private record Memberships(Map<String, ParameterSetMembership> exact, ParameterSetMembership all,
                               boolean anyKnown) {
        /** The parameter in {@code set}, or null when it is not a member. */
        SetParameter in(String set, ParameterModel model) {
            ParameterSetMembership m = exact.getOrDefault(set, all);
            if (m != null) {
                return new SetParameter(model, m.mandatory(), m.position(), m.valueFromPipeline(),
                        m.valueFromPipelineByPropertyName());
            }
            // A parameter that names no known set at all is optional everywhere rather than lost.
            return anyKnown ? null : new SetParameter(model, false, null, false, false);
        }
    }

    private static Memberships memberships(Parameter p, Map<String, String> setByLowerName, Cmdlet cmdlet,
                                           List<String> warnings) {
        Map<String, ParameterSetMembership> exact = new HashMap<>();
        ParameterSetMembership all = null;
        boolean anyKnown = false;
        for (ParameterSetMembership m : p.sets()) {
            if (m.name() == null || m.name().equals(Cmdlet.ALL_PARAMETER_SETS)) {
                all = m;
                anyKnown = true;
                continue;
            }
            String set = setByLowerName.get(m.name().toLowerCase(Locale.ROOT));
            if (set != null) {
                anyKnown = true;
                exact.put(set, m);
            } else {
                warnings.add(cmdlet.name() + " -" + p.name() + ": membership in unknown parameter set '"
                        + m.name() + "' ignored");
            }
        }
        return new Memberships(exact, all, anyKnown);
    }

    /**
     * The parameter in this set and no other that names the entry. Preference: mandatory (lowest position first);
     * then named like the set ({@code Archive} in set {@code Archive}, {@code Anr} in {@code AnrSet}); then
     * positional; then a value parameter before a switch; then snapshot order. An optional switch never names the
     * default set's entry: that set needs nothing bound to be chosen, and the entry would have to send the switch.
     */
    private static List<SetParameter> distinguishing(String set, boolean isDefault, List<SetParameter> ps,
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
                .sorted(preference).toList();
    }

    private static boolean namedLikeSet(SetParameter sp, String set) {
        String name = sp.parameter().name();
        return set.equalsIgnoreCase(name) || set.equalsIgnoreCase(name + "Set");
    }

    /**
     * The entries of one set and its staged steps (see the class comment).
     *
     * @param severalSets   the cmdlet has several sets (so "of its own" means something)
     * @param onlyOrDefault the cmdlet's only set or its default set
     * @param trueDefault   the default set of a cmdlet with several sets
     */
    private Plan plan(String set, List<SetParameter> ps, Map<ParameterModel, Integer> setCount, boolean severalSets,
                      boolean onlyOrDefault, boolean trueDefault, boolean unnamed, String plainName,
                      boolean byElimination) {
        List<SetParameter> mandatoryValues = ps.stream().filter(SetParameter::mandatory)
                .filter(sp -> !sp.parameter().isSwitch()).sorted(BY_POSITION).toList();
        List<SetParameter> mandatorySwitches = ps.stream().filter(SetParameter::mandatory)
                .filter(sp -> sp.parameter().isSwitch()).toList();
        List<SetParameter> own = severalSets ? distinguishing(set, trueDefault, ps, setCount) : List.of();
        SetParameter ownMandatory = own.isEmpty() || !own.get(0).mandatory() ? null : own.get(0);
        if (ownMandatory != null) {
            return chosenBy(ownMandatory, ownMandatory, mandatoryValues, mandatorySwitches);
        }
        if (onlyOrDefault) {
            if (!mandatoryValues.isEmpty()) {
                return chosenBy(mandatoryValues.get(0), null, mandatoryValues, mandatorySwitches);
            }
            if (!mandatorySwitches.isEmpty()) {
                return chosenBy(mandatorySwitches.get(0), null, mandatoryValues, mandatorySwitches);
            }
            List<EntryModel> entries = new ArrayList<>();
            if (trueDefault && !own.isEmpty() && !own.get(0).parameter().isSwitch()) {
                entries.add(new EntryModel(own.get(0).parameter().methodName(), List.of(own.get(0)), List.of(),
                        own.get(0)));
            }
            entries.add(new EntryModel(plainName, List.of(), List.of(), null));
            return new Plan(entries, List.of());
        }
        if (own.isEmpty()) {
            // Nothing of its own chooses the set (SetSelection kept it: a combination does); named after the set.
            // The entry takes the parameter the set is named after when it is one of its mandatory values, so that
            // microsoftOnlineServicesID(…) takes -MicrosoftOnlineServicesID, not -Name; else the first by position.
            SetParameter first = mandatoryValues.stream().filter(sp -> sp.parameter().name().equalsIgnoreCase(set))
                    .findFirst().orElse(mandatoryValues.isEmpty() ? null : mandatoryValues.get(0));
            List<SetParameter> steps = new ArrayList<>(mandatoryValues);
            if (first != null) {
                steps.remove(first);
            }
            return new Plan(List.of(new EntryModel(unnamed ? plainName : naming.setEntryName(set),
                    first == null ? List.of() : List.of(first), mandatorySwitches, null)), steps);
        }
        List<EntryModel> entries = new ArrayList<>();
        for (SetParameter selector : own) {
            entries.add(chosenBy(selector, selector, List.of(), mandatorySwitches).entries().get(0));
        }
        if (byElimination) {
            // A call that gives none of the set's own parameters still runs this set (every other set lacks a
            // mandatory parameter of its own), so that call is writable too: an entry named after the set, taking
            // nothing, so that the same staged steps follow every entry of the set.
            entries.add(new EntryModel(naming.setEntryName(set), List.of(), mandatorySwitches, null));
        }
        return new Plan(entries, mandatoryValues);
    }

    /**
     * The plan's entries whose least call (the argument, the staged steps and the switches sent) chooses
     * {@code set} under PowerShell's binding rules ({@link SetSelection#chosen}), among every set a call can choose
     * ({@code sets}: including those left out for having no entry, the service still has them). An entry that does
     * not is given the set's switch that makes it choose the set, sent as {@code true} like a switch entry's, when
     * there is one (a switch named like the set, else one in this set alone); otherwise it is left out.
     */
    private static Plan selecting(String set, Plan plan, List<String> sets, Map<String, List<SetParameter>> members,
                                  String defaultSet) {
        List<EntryModel> kept = new ArrayList<>();
        for (EntryModel e : plan.entries()) {
            Set<ParameterModel> body = Collections.newSetFromMap(new IdentityHashMap<>());
            e.arguments().forEach(sp -> body.add(sp.parameter()));
            e.presetSwitches().forEach(sp -> body.add(sp.parameter()));
            plan.steps().forEach(sp -> body.add(sp.parameter()));
            if (set.equals(SetSelection.chosen(body, sets, members, defaultSet))) {
                kept.add(e);
                continue;
            }
            List<SetParameter> switches = members.get(set).stream()
                    .filter(sp -> sp.parameter().isSwitch() && !body.contains(sp.parameter()))
                    .filter(sp -> namedLikeSet(sp, set) || sets.stream().filter(t -> !t.equals(set))
                            .noneMatch(t -> members.get(t).stream().anyMatch(o -> o.parameter() == sp.parameter())))
                    .sorted(Comparator.comparing((SetParameter sp) -> !namedLikeSet(sp, set))).toList();
            for (SetParameter sw : switches) {
                body.add(sw.parameter());
                if (set.equals(SetSelection.chosen(body, sets, members, defaultSet))) {
                    List<SetParameter> presets = new ArrayList<>(e.presetSwitches());
                    presets.add(sw);
                    // an entry sending only the switch may exist already (the switch's own entry)
                    if (kept.stream().noneMatch(k -> k.arguments().equals(e.arguments())
                            && k.presetSwitches().size() == presets.size()
                            && k.presetSwitches().containsAll(presets))) {
                        kept.add(new EntryModel(e.methodName(), e.arguments(), presets, e.distinguishing()));
                    }
                    break;
                }
                body.remove(sw.parameter());
            }
        }
        return new Plan(kept, plan.steps());
    }

    /**
     * Whether a call that binds none of {@code set}'s own parameters still runs {@code set}: every other set has a
     * mandatory parameter that {@code set} does not have, so PowerShell rules them out.
     */
    private static boolean chosenByElimination(String set, List<String> sets, Map<String, List<SetParameter>> members) {
        if (sets.size() < 2) {
            return false;
        }
        Set<ParameterModel> mine = Collections.newSetFromMap(new IdentityHashMap<>());
        members.get(set).forEach(sp -> mine.add(sp.parameter()));
        return sets.stream().filter(t -> !t.equals(set)).allMatch(t -> members.get(t).stream()
                .anyMatch(sp -> sp.mandatory() && !mine.contains(sp.parameter())));
    }

    /** One entry named after {@code by}, taking it (or sending it, a switch); the other mandatory values are steps. */
    private static Plan chosenBy(SetParameter by, SetParameter distinguishing, List<SetParameter> mandatoryValues,
                                 List<SetParameter> mandatorySwitches) {
        List<SetParameter> presets = new ArrayList<>();
        if (by.parameter().isSwitch() && !containsSame(mandatorySwitches, by)) {
            presets.add(by);
        }
        presets.addAll(mandatorySwitches);
        List<SetParameter> steps = new ArrayList<>(mandatoryValues);
        steps.removeIf(sp -> sp == by);
        return new Plan(List.of(new EntryModel(by.parameter().methodName(),
                by.parameter().isSwitch() ? List.of() : List.of(by), presets, distinguishing)), steps);
    }

    /** {@code List.contains} by identity: the records' deep equality is not the question and costs a walk. */
    private static boolean containsSame(List<?> list, Object wanted) {
        return list.stream().anyMatch(sp -> sp == wanted);
    }

    private static final Comparator<SetParameter> BY_POSITION = Comparator
            .comparing((SetParameter sp) -> sp.position() == null)
            .thenComparing(sp -> sp.position() == null ? 0 : sp.position())
            .thenComparing(sp -> sp.parameter().name());

    /**
     * Entry names are unique in the class: plain entries keep theirs; a later entry repeating a name gets its
     * set's name appended, then a number.
     */
    private List<List<EntryModel>> disambiguate(List<Plan> plans, List<String> sets, String plainName) {
        Set<String> used = new HashSet<>();
        plans.forEach(p -> p.entries().stream().filter(e -> e.methodName().equals(plainName)
                && e.arguments().isEmpty() && e.presetSwitches().isEmpty()).forEach(e -> used.add(plainName)));
        List<List<EntryModel>> result = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            List<EntryModel> renamed = new ArrayList<>();
            for (EntryModel e : plans.get(i).entries()) {
                String name = e.methodName();
                boolean plain = name.equals(plainName) && e.arguments().isEmpty() && e.presetSwitches().isEmpty();
                if (!plain && used.contains(name)) {
                    name = naming.disambiguatedEntryName(name, sets.get(i));
                    name = naming.uniquify(List.of(name), false, "", used).get(0);
                }
                used.add(name);
                renamed.add(new EntryModel(name, e.arguments(), e.presetSwitches(), e.distinguishing()));
            }
            result.add(renamed);
        }
        return result;
    }

    /** With several sets: the parameters in every set and mandatory in none, in snapshot order. */
    private static List<ParameterModel> sharedSetters(List<String> sets, Map<String, List<SetParameter>> members) {
        if (sets.size() < 2) {
            return List.of();
        }
        return members.get(sets.get(0)).stream().map(SetParameter::parameter)
                .filter(p -> sets.stream().allMatch(s -> members.get(s).stream()
                        .anyMatch(sp -> sp.parameter() == p && !sp.mandatory())))
                .toList();
    }
}
