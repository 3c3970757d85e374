package dev.exobindings.metadata.io;

import static dev.exobindings.metadata.io.SnapshotFields.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.List;
import java.util.Map;

/**
 * Model → JSON tree. Members are emitted in a fixed order; optional members whose value is the documented default
 * ({@code false}, empty list, {@code none}, absent) are left out so files stay small and diffs stay readable.
 */
final class SnapshotEncoder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SnapshotEncoder() {
    }

    static ObjectNode encode(Snapshot snapshot) {
        ObjectNode root = NODES.objectNode();
        root.set(HEADER, header(snapshot.header()));
        ArrayNode cmdlets = root.putArray(CMDLETS);
        snapshot.cmdlets().forEach(c -> cmdlets.add(cmdlet(c)));
        return root;
    }

    private static ObjectNode header(Header header) {
        ObjectNode node = NODES.objectNode();
        node.put(FORMAT_VERSION, header.formatVersion());
        putText(node, NAME, header.name());
        if (header.product() != null) {
            node.put(PRODUCT, SnapshotSpelling.spell(header.product()));
        }
        putText(node, CAPTURE_DATE, header.captureDate());
        ArrayNode sources = node.putArray(SOURCES);
        header.sources().forEach(s -> sources.add(source(s)));
        ObjectNode counts = node.putObject(COUNTS);
        for (Map.Entry<String, Integer> count : header.counts().entrySet()) {
            counts.put(count.getKey(), count.getValue());
        }
        return node;
    }

    private static ObjectNode source(Source source) {
        ObjectNode node = NODES.objectNode();
        if (source.kind() != null) {
            node.put(KIND, SnapshotSpelling.spell(source.kind()));
        }
        putText(node, REPOSITORY, source.repository());
        putText(node, COMMIT, source.commit());
        putText(node, PATH, source.path());
        putText(node, LICENSE, source.license());
        return node;
    }

    private static ObjectNode cmdlet(Cmdlet cmdlet) {
        ObjectNode node = NODES.objectNode();
        putText(node, NAME, cmdlet.name());
        putText(node, VERB, cmdlet.verb());
        putText(node, NOUN, cmdlet.noun());
        if (cmdlet.product() != null) {
            node.put(PRODUCT, SnapshotSpelling.spell(cmdlet.product()));
        }
        putText(node, DEFAULT_PARAMETER_SET, cmdlet.defaultParameterSet());
        putText(node, DOCUMENTATION_URL, cmdlet.documentationUrl());
        putFlag(node, SUPPORTS_SHOULD_PROCESS, cmdlet.supportsShouldProcess());
        ArrayNode sources = node.putArray(SOURCES);
        cmdlet.sources().forEach(s -> sources.add(s == null ? null : SnapshotSpelling.spell(s)));
        putTexts(node, PARAMETER_SETS, cmdlet.parameterSets(), true);
        ArrayNode parameters = node.putArray(PARAMETERS);
        cmdlet.parameters().forEach(p -> parameters.add(parameter(p)));
        if (cmdlet.traits() != null) {
            node.set(TRAITS, traits(cmdlet.traits()));
        }
        return node;
    }

    /** Known traits are written in full (false included): inside {@code traits} every member is a fact. */
    private static ObjectNode traits(CmdletTraits traits) {
        ObjectNode node = NODES.objectNode();
        node.put(SUPPORTS_SHOULD_PROCESS, traits.supportsShouldProcess());
        if (traits.confirmImpact() != null) {
            node.put(CONFIRM_IMPACT, SnapshotSpelling.spell(traits.confirmImpact()));
        }
        node.put(BATCHABLE, traits.batchable());
        if (traits.routing() != null) {
            ObjectNode routing = node.putObject(ROUTING);
            routing.put(PARAMETER, traits.routing().parameter());
            routing.put(KIND, SnapshotSpelling.spell(traits.routing().kind()));
        }
        node.put(HTTP_TIMEOUT_SECONDS, traits.httpTimeoutSeconds());
        return node;
    }

    private static ObjectNode parameter(Parameter parameter) {
        ObjectNode node = NODES.objectNode();
        putText(node, NAME, parameter.name());
        putText(node, TYPE, parameter.type());
        putText(node, ELEMENT_TYPE, parameter.elementType());
        putFlag(node, MULTI_VALUED, parameter.multiValued());
        putFlag(node, SWITCH, parameter.isSwitch());
        putTexts(node, ALIASES, parameter.aliases(), false);
        putTexts(node, ALLOWED_VALUES, parameter.allowedValues(), false);
        if (parameter.valuesOrigin() != ValuesOrigin.NONE) {
            node.put(VALUES_ORIGIN, SnapshotSpelling.spell(parameter.valuesOrigin()));
        }
        putFlag(node, INTERNAL, parameter.internal());
        putFlag(node, DEPRECATED, parameter.deprecated());
        ArrayNode sets = node.putArray(SETS);
        parameter.sets().forEach(s -> sets.add(membership(s)));
        return node;
    }

    private static ObjectNode membership(ParameterSetMembership membership) {
        ObjectNode node = NODES.objectNode();
        putText(node, NAME, membership.name());
        putFlag(node, MANDATORY, membership.mandatory());
        if (membership.position() != null) {
            node.put(POSITION, membership.position());
        }
        putFlag(node, VALUE_FROM_PIPELINE, membership.valueFromPipeline());
        putFlag(node, VALUE_FROM_PIPELINE_BY_PROPERTY_NAME, membership.valueFromPipelineByPropertyName());
        return node;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putFlag(ObjectNode node, String field, boolean value) {
        if (value) {
            node.put(field, true);
        }
    }

    private static void putTexts(ObjectNode node, String field, List<String> values, boolean always) {
        if (always || !values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
