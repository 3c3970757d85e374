package dev.exobindings.generator.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How PowerShell can choose among a cmdlet's parameter sets, decided from the snapshot's memberships: the default
 * set, the parameters that belong to one set alone, and the sets no call can choose.
 *
 * <p>PowerShell keeps the sets that contain every bound parameter and whose mandatory parameters are all bound; of
 * several, the default set wins, otherwise the call is ambiguous. So a set S cannot be chosen when another set T
 * has every parameter of S and no mandatory parameter S lacks: any call valid for S is valid for T too, and either
 * T is the default or the call is ambiguous. Such a set is dropped (of identical sets, the first is kept so the
 * call stays writable). The default set is never dropped.
 */
final class SetSelection {
    private SetSelection() {
    }

    /**
     * The default set: the snapshot's; without one, a set named {@code Default}, else one named {@code Identity}
     * (the default set of Exchange's cmdlets; the module catalog often leaves it out); else none.
     */
    static String defaultSet(String declared, List<String> setNames) {
        if (setNames.size() == 1) {
            return setNames.get(0);
        }
        for (String candidate : new String[] {declared, "Default", "Identity"}) {
            for (String s : setNames) {
                if (s.equalsIgnoreCase(candidate)) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The sets no call can choose, each with the set that takes its calls, in set order. */
    static Map<String, String> unselectable(Map<String, List<SetParameter>> members, String defaultSet) {
        Map<String, String> dropped = new LinkedHashMap<>();
        List<String> names = List.copyOf(members.keySet());
        for (int i = 0; i < names.size(); i++) {
            String s = names.get(i);
            if (s.equals(defaultSet) || names.size() < 2) {
                continue;
            }
            // The default set first: when it takes S's calls, that is the set the service runs.
            List<Integer> order = new java.util.ArrayList<>();
            if (defaultSet != null) {
                order.add(names.indexOf(defaultSet));
            }
            for (int j = 0; j < names.size(); j++) {
                if (!names.get(j).equals(defaultSet)) {
                    order.add(j);
                }
            }
            for (int j : order) {
                String t = names.get(j);
                if (i == j || dropped.containsKey(t)) {
                    continue;
                }
                boolean tCoversS = covers(members.get(t), members.get(s));
                boolean identical = tCoversS && covers(members.get(s), members.get(t));
                if (tCoversS && (!identical || j < i || t.equals(defaultSet))) {
                    dropped.put(s, t);
                    break;
                }
            }
        }
        return dropped;
    }

    /**
     * The set PowerShell chooses for a call binding exactly {@code bound} (the translator's rule, as
     * {@code ParameterBinder} applies it): of the {@code sets} holding every bound parameter, those whose mandatory
     * parameters are all bound; one is chosen, of several the default set, otherwise none ({@code null}: ambiguous,
     * or a mandatory parameter missing everywhere).
     */
    static String chosen(Set<ParameterModel> bound, List<String> sets, Map<String, List<SetParameter>> members,
                         String defaultSet) {
        List<String> satisfied = new java.util.ArrayList<>();
        for (String s : sets) {
            List<SetParameter> ps = members.get(s);
            boolean holdsAll = bound.stream().allMatch(p -> ps.stream().anyMatch(sp -> sp.parameter() == p));
            boolean mandatoryBound = ps.stream().filter(SetParameter::mandatory)
                    .allMatch(sp -> bound.contains(sp.parameter()));
            if (holdsAll && mandatoryBound) {
                satisfied.add(s);
            }
        }
        if (satisfied.size() == 1) {
            return satisfied.get(0);
        }
        return satisfied.contains(defaultSet) ? defaultSet : null;
    }

    /** Whether every call valid for {@code s} is valid for {@code t}. */
    private static boolean covers(List<SetParameter> t, List<SetParameter> s) {
        // by name: a cmdlet's parameter names are unique, and comparing names is far cheaper than the records
        Set<String> sParams = s.stream().map(sp -> sp.parameter().name()).collect(Collectors.toSet());
        Set<String> sMandatory = s.stream().filter(SetParameter::mandatory).map(sp -> sp.parameter().name())
                .collect(Collectors.toSet());
        Set<String> tParams = t.stream().map(sp -> sp.parameter().name()).collect(Collectors.toSet());
        return tParams.containsAll(sParams) && t.stream().filter(SetParameter::mandatory)
                .allMatch(sp -> sMandatory.contains(sp.parameter().name()));
    }
}
