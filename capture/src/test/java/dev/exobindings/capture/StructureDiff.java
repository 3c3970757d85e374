package dev.exobindings.capture;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.ValuesOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/** The differences in service-side structure between two versions of one cmdlet, as readable lines. */
final class StructureDiff {
    private StructureDiff() {
    }

    static List<String> between(Cmdlet expected, Cmdlet actual) {
        List<String> diffs = new ArrayList<>();
        String c = expected.name();
        if (!new TreeSet<>(expected.parameterSets()).equals(new TreeSet<>(actual.parameterSets()))) {
            diffs.add(c + ": sets " + expected.parameterSets() + " vs " + actual.parameterSets());
        }
        if (!Objects.equals(expected.defaultParameterSet(), actual.defaultParameterSet())) {
            diffs.add(c + ": default set " + expected.defaultParameterSet() + " vs " + actual.defaultParameterSet());
        }
        if (expected.supportsShouldProcess() != actual.supportsShouldProcess()) {
            diffs.add(c + ": ShouldProcess " + expected.supportsShouldProcess());
        }
        List<String> names = expected.parameters().stream().map(Parameter::name).toList();
        if (!names.equals(actual.parameters().stream().map(Parameter::name).toList())) {
            diffs.add(c + ": parameters " + names + " vs " + actual.parameters().stream().map(Parameter::name).toList());
            return diffs;
        }
        for (int i = 0; i < names.size(); i++) {
            Parameter e = expected.parameters().get(i);
            Parameter a = actual.parameters().get(i);
            String p = c + " -" + e.name();
            if (!folded(e.aliases()).equals(folded(a.aliases()))) {
                diffs.add(p + ": aliases " + e.aliases() + " vs " + a.aliases());
            }
            List<String> validateSet = e.valuesOrigin() == ValuesOrigin.VALIDATE_SET ? e.allowedValues() : List.of();
            List<String> actualSet = a.valuesOrigin() == ValuesOrigin.VALIDATE_SET ? a.allowedValues() : List.of();
            if (!validateSet.equals(actualSet)) {
                diffs.add(p + ": ValidateSet " + validateSet + " vs " + actualSet);
            }
            if (e.isSwitch() != a.isSwitch()) {
                diffs.add(p + ": switch " + e.isSwitch());
            }
            if (!memberships(e).equals(memberships(a))) {
                diffs.add(p + ": sets " + memberships(e) + " vs " + memberships(a));
            }
        }
        return diffs;
    }

    private static TreeSet<String> memberships(Parameter p) {
        TreeSet<String> out = new TreeSet<>();
        for (ParameterSetMembership m : p.sets()) {
            out.add(m.name() + (m.mandatory() ? " mandatory" : "") + (m.position() == null ? "" : " @" + m.position())
                    + (m.valueFromPipeline() ? " pipeline" : "") + (m.valueFromPipelineByPropertyName() ? " byName" : ""));
        }
        return out;
    }

    private static TreeSet<String> folded(List<String> values) {
        TreeSet<String> out = new TreeSet<>();
        values.forEach(v -> out.add(v.toLowerCase(Locale.ROOT)));
        return out;
    }
}
