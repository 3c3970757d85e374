package dev.exobindings.simulator.cmdlets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.ValuesOrigin;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.Tenant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds {@code CmdletInput.Parameters} against the snapshot as the service's PowerShell binder does: unknown names,
 * parameters of two sets with no set in common, missing mandatory parameters, values outside a ValidateSet and names
 * that are not in a closed (enum) value list are 400 parameter-binding errors.
 */
public final class ParameterBinder {

    private ParameterBinder() {
    }

    /** Binds the call or throws the service's 400. */
    public static BoundCall bind(Cmdlet cmdlet, ObjectNode sent, Tenant tenant) {
        Map<Parameter, JsonNode> bound = new LinkedHashMap<>();
        boolean confirm = false;
        boolean whatIf = false;
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            String name = field.getKey();
            if (name.contains("@") || CommonParameters.isCommon(name)) {
                continue; // OData annotations such as "X@odata.type", and common parameters
            }
            if (cmdlet.supportsShouldProcess() && name.equalsIgnoreCase("Confirm")) {
                confirm = truthy(field.getValue());
                continue;
            }
            if (cmdlet.supportsShouldProcess() && name.equalsIgnoreCase("WhatIf")) {
                whatIf = truthy(field.getValue());
                continue;
            }
            Parameter parameter = resolve(cmdlet, name);
            checkValidateSet(parameter, field.getValue());
            bound.put(parameter, field.getValue());
        }
        Set<String> boundNames = new HashSet<>();
        bound.keySet().forEach(p -> boundNames.add(p.name()));
        String set = chooseSet(cmdlet, bound.keySet(), boundNames);
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        bound.forEach((p, v) -> byName.put(p.name(), v));
        return new BoundCall(cmdlet, set, byName, confirm, whatIf, tenant);
    }

    private static Parameter resolve(Cmdlet cmdlet, String name) {
        for (Parameter parameter : cmdlet.parameters()) {
            if (parameter.name().equalsIgnoreCase(name)
                    || parameter.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return parameter;
            }
        }
        throw new ServiceError(ErrorBodies.parameterBinding("NamedParameterNotFound",
                "A parameter cannot be found that matches parameter name '" + name + "'."));
    }

    private static String chooseSet(Cmdlet cmdlet, Set<Parameter> bound, Set<String> boundNames) {
        Set<String> candidates = new LinkedHashSet<>(allSets(cmdlet));
        for (Parameter parameter : bound) {
            if (!inEverySet(parameter)) {
                candidates.retainAll(parameter.sets().stream().map(ParameterSetMembership::name).toList());
            }
        }
        if (candidates.isEmpty()) {
            throw new ServiceError(ErrorBodies.parameterBinding("AmbiguousParameterSet",
                    "Parameter set cannot be resolved using the specified named parameters. One or more parameters"
                            + " issued cannot be used together or an insufficient number of parameters were provided."
                            + " Parameters sent: " + bound.stream().map(Parameter::name).toList() + "."));
        }
        Set<String> unsatisfied = unsatisfiedSets(cmdlet, boundNames);
        List<String> satisfied = candidates.stream().filter(s -> !unsatisfied.contains(Cmdlet.ALL_PARAMETER_SETS)
                && !unsatisfied.contains(s.toLowerCase(Locale.ROOT))).toList();
        if (satisfied.contains(cmdlet.defaultParameterSet())) {
            return cmdlet.defaultParameterSet();
        }
        if (!satisfied.isEmpty()) {
            return satisfied.get(0);
        }
        String reported = candidates.contains(cmdlet.defaultParameterSet()) ? cmdlet.defaultParameterSet()
                : candidates.iterator().next();
        throw new ServiceError(ErrorBodies.parameterBinding("MissingMandatoryParameter",
                "Cannot process command because of one or more missing mandatory parameters: "
                        + String.join(" ", missing(cmdlet, reported, boundNames)) + "."));
    }

    /**
     * The sets (lower-case) in which a parameter that was not bound is mandatory, {@link Cmdlet#ALL_PARAMETER_SETS}
     * standing for every set: one pass over the parameters instead of one per candidate set (Set-Mailbox has ~250
     * parameters and many sets, and the simulator's CPU is shared with the client it serves).
     */
    private static Set<String> unsatisfiedSets(Cmdlet cmdlet, Set<String> boundNames) {
        Set<String> sets = new HashSet<>();
        for (Parameter parameter : cmdlet.parameters()) {
            if (boundNames.contains(parameter.name())) {
                continue;
            }
            for (ParameterSetMembership m : parameter.sets()) {
                if (m.mandatory()) {
                    sets.add(m.name().equals(Cmdlet.ALL_PARAMETER_SETS) ? m.name() : m.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        return sets;
    }

    /** @param boundNames the bound parameters' names (compared as strings: hashing whole records costs more) */
    private static List<String> missing(Cmdlet cmdlet, String set, Set<String> boundNames) {
        List<String> missing = new ArrayList<>();
        for (Parameter parameter : cmdlet.parameters()) {
            if (!boundNames.contains(parameter.name()) && mandatoryIn(parameter, set)) {
                missing.add(parameter.name());
            }
        }
        return missing;
    }

    private static boolean mandatoryIn(Parameter parameter, String set) {
        for (ParameterSetMembership m : parameter.sets()) {
            if (m.mandatory() && (m.name().equalsIgnoreCase(set) || m.name().equals(Cmdlet.ALL_PARAMETER_SETS))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> allSets(Cmdlet cmdlet) {
        return cmdlet.parameterSets().isEmpty() ? List.of(Cmdlet.ALL_PARAMETER_SETS) : cmdlet.parameterSets();
    }

    private static boolean inEverySet(Parameter parameter) {
        return parameter.sets().isEmpty()
                || parameter.sets().stream().anyMatch(m -> m.name().equals(Cmdlet.ALL_PARAMETER_SETS));
    }

    private static void checkValidateSet(Parameter parameter, JsonNode value) {
        if (parameter.allowedValues().isEmpty() || parameter.valuesOrigin() == ValuesOrigin.NONE) {
            return;
        }
        List<JsonNode> values = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(values::add);
        } else {
            values.add(value);
        }
        if (parameter.valuesOrigin() != ValuesOrigin.VALIDATE_SET) {
            checkEnumValues(parameter, values);
            return;
        }
        for (JsonNode item : values) {
            if (item.isTextual() && parameter.allowedValues().stream().noneMatch(a -> a.equalsIgnoreCase(item.asText()))) {
                throw new ServiceError(ErrorBodies.parameterBinding("ParameterArgumentValidationError",
                        "Cannot validate argument on parameter '" + parameter.name() + "'. The argument \""
                                + item.asText() + "\" does not belong to the set \""
                                + String.join(",", parameter.allowedValues()) + "\" specified by the ValidateSet"
                                + " attribute. Supply an argument that is in the set and then try the command again."));
            }
        }
    }

    /**
     * A closed list from the docs is a .NET enum on the service: PowerShell converts the text to it before the
     * cmdlet runs, so an unknown name is a 400 argument-transformation error listing the enumerator names. A
     * flags enum takes several names separated by commas.
     */
    private static void checkEnumValues(Parameter parameter, List<JsonNode> values) {
        for (JsonNode item : values) {
            if (!item.isTextual()) {
                continue;
            }
            for (String name : item.asText().split(",")) {
                String trimmed = name.trim();
                if (parameter.allowedValues().stream().noneMatch(a -> a.equalsIgnoreCase(trimmed))) {
                    throw new ServiceError(ErrorBodies.parameterBinding("ParameterArgumentTransformationError",
                            "Cannot process argument transformation on parameter '" + parameter.name()
                                    + "'. Cannot convert value \"" + item.asText() + "\" to type \""
                                    + parameter.type() + "\". Error: \"Unable to match the identifier name "
                                    + trimmed + " to a valid enumerator name. Specify one of the following enumerator"
                                    + " names and try again: " + String.join(", ", parameter.allowedValues()) + "\""));
                }
            }
        }
    }

    private static boolean truthy(JsonNode value) {
        return value.isBoolean() ? value.booleanValue() : value.asText().replace("$", "").equalsIgnoreCase("true");
    }
}
