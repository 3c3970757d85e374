package dev.exobindings.simulator.cmdlets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.Tenant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A cmdlet call after parameter binding: the chosen parameter set and the bound parameters under their
 * canonical (snapshot) names, looked up case-insensitively.
 *
 * @param cmdlet       the cmdlet
 * @param parameterSet the resolved parameter set
 * @param parameters   bound parameters by canonical name (without Confirm/WhatIf and common parameters)
 * @param confirm      {@code "Confirm": true} was sent
 * @param whatIf       {@code "WhatIf": true} was sent
 * @param tenant       the tenant the call runs against
 */
public record BoundCall(Cmdlet cmdlet, String parameterSet, Map<String, JsonNode> parameters, boolean confirm,
                        boolean whatIf, Tenant tenant) {

    public BoundCall {
        Map<String, JsonNode> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(parameters);
        parameters = Collections.unmodifiableMap(sorted);
    }

    /** Whether the parameter was sent (with a non-null value). */
    public boolean has(String name) {
        JsonNode node = parameters.get(name);
        return node != null && !node.isNull();
    }

    /** The raw value. */
    public Optional<JsonNode> node(String name) {
        return Optional.ofNullable(parameters.get(name)).filter(n -> !n.isNull());
    }

    /** A single string value (the first element when an array was sent). */
    public Optional<String> string(String name) {
        return node(name).map(n -> n.isArray() ? (n.isEmpty() ? "" : n.get(0).asText()) : n.asText());
    }

    /** A string value that must be present (the binder guarantees mandatory ones). */
    public String required(String name) {
        return string(name).orElseThrow(() -> new ServiceError(ErrorBodies.parameterBinding(
                "MissingMandatoryParameter", "Cannot process command because of one or more missing mandatory"
                        + " parameters: " + name + ".")));
    }

    /** A list of strings: an array, or one string. */
    public List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        node(name).ifPresent(n -> {
            if (n.isArray()) {
                n.forEach(item -> values.add(item.asText()));
            } else {
                values.add(n.asText());
            }
        });
        return values;
    }

    /** A boolean value ({@code true}, {@code "true"}, {@code "$true"} …). */
    public Optional<Boolean> bool(String name) {
        return node(name).map(n -> n.isBoolean() ? n.booleanValue()
                : n.asText().replace("$", "").equalsIgnoreCase("true"));
    }
}
