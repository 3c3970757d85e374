package dev.exobindings.simulator.protocol;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code [Parameter(…)]} attributes of one parameter, written as the module writes them: none for a parameter
 * that is in every set without flags, one attribute without a set name for a parameter in every set with the same
 * flags, else one attribute per set.
 */
final class PsmParameterSets {
    private PsmParameterSets() {
    }

    /**
     * Whether parameters in every set may be written without a set name: only when the sets stay known from the
     * other parameters' attributes (a reader learns named sets only from {@code ParameterSetName}).
     */
    static boolean compactAllowed(Cmdlet cmdlet) {
        if (cmdlet.parameterSets().equals(List.of(Cmdlet.ALL_PARAMETER_SETS))) {
            return true;
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        for (Parameter parameter : cmdlet.parameters()) {
            if (!compactForm(cmdlet, parameter)) {
                parameter.sets().forEach(s -> named.add(s.name()));
            }
        }
        return named.containsAll(cmdlet.parameterSets());
    }

    /** The argument lists, one per attribute to write. */
    static List<String> attributes(Cmdlet cmdlet, Parameter parameter, boolean compactAllowed) {
        List<ParameterSetMembership> sets = parameter.sets();
        if (compactAllowed && compactForm(cmdlet, parameter)) {
            String flags = flags(sets.get(0));
            return flags.isEmpty() ? List.of() : List.of(flags);
        }
        List<String> attributes = new ArrayList<>();
        for (ParameterSetMembership set : sets) {
            String flags = flags(set);
            attributes.add("ParameterSetName='" + Psm1Writer.quote(set.name()) + "'" + (flags.isEmpty() ? "" : ", " + flags));
        }
        return attributes;
    }

    private static boolean compactForm(Cmdlet cmdlet, Parameter parameter) {
        List<ParameterSetMembership> sets = parameter.sets();
        return !sets.isEmpty() && inEverySet(cmdlet, parameter) && sets.stream().allMatch(s -> sameFlags(s, sets.get(0)));
    }

    private static boolean inEverySet(Cmdlet cmdlet, Parameter parameter) {
        return cmdlet.parameterSets().stream().allMatch(set -> parameter.inSet(set).isPresent())
                && parameter.sets().size() == cmdlet.parameterSets().size();
    }

    private static String flags(ParameterSetMembership set) {
        List<String> parts = new ArrayList<>();
        if (set.mandatory()) {
            parts.add("Mandatory=$true");
        }
        if (set.position() != null) {
            parts.add("Position=" + set.position());
        }
        if (set.valueFromPipeline()) {
            parts.add("ValueFromPipeline=$true");
        }
        if (set.valueFromPipelineByPropertyName()) {
            parts.add("ValueFromPipelineByPropertyName=$true");
        }
        return String.join(", ", parts);
    }

    private static boolean sameFlags(ParameterSetMembership a, ParameterSetMembership b) {
        return a.mandatory() == b.mandatory() && Objects.equals(a.position(), b.position())
                && a.valueFromPipeline() == b.valueFromPipeline()
                && a.valueFromPipelineByPropertyName() == b.valueFromPipelineByPropertyName();
    }
}
