package dev.exobindings.metadata.io;

import static dev.exobindings.metadata.io.SnapshotFields.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** JSON tree → model. Runs only on trees {@link SnapshotValidator} accepted, so it does not re-check. */
final class SnapshotDecoder {
    private SnapshotDecoder() {
    }

    static Snapshot decode(JsonNode root) {
        return new Snapshot(header(root.get(HEADER)), list(root.get(CMDLETS), SnapshotDecoder::cmdlet));
    }

    private static Header header(JsonNode node) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        JsonNode countsNode = node.get(COUNTS);
        if (countsNode != null) {
            for (Map.Entry<String, JsonNode> entry : countsNode.properties()) {
                counts.put(entry.getKey(), entry.getValue().intValue());
            }
        }
        return new Header(node.get(FORMAT_VERSION).intValue(), text(node, NAME),
                enumValue(Product.class, text(node, PRODUCT)), text(node, CAPTURE_DATE),
                list(node.get(SOURCES), SnapshotDecoder::source), counts);
    }

    private static Source source(JsonNode node) {
        return new Source(enumValue(SourceKind.class, text(node, KIND)), text(node, REPOSITORY), text(node, COMMIT),
                text(node, PATH), text(node, LICENSE));
    }

    private static Cmdlet cmdlet(JsonNode node) {
        return new Cmdlet(text(node, NAME), text(node, VERB), text(node, NOUN),
                enumValue(Product.class, text(node, PRODUCT)), text(node, DEFAULT_PARAMETER_SET),
                text(node, DOCUMENTATION_URL), flag(node, SUPPORTS_SHOULD_PROCESS),
                list(node.get(SOURCES), n -> enumValue(SourceKind.class, n.textValue())),
                texts(node, PARAMETER_SETS), list(node.get(PARAMETERS), SnapshotDecoder::parameter),
                node.has(TRAITS) ? traits(node.get(TRAITS)) : null);
    }

    private static CmdletTraits traits(JsonNode node) {
        String impact = text(node, CONFIRM_IMPACT);
        JsonNode routing = node.get(ROUTING);
        return new CmdletTraits(flag(node, SUPPORTS_SHOULD_PROCESS),
                impact == null ? null : enumValue(ConfirmImpact.class, impact), flag(node, BATCHABLE),
                routing == null ? null : new RoutingHint(text(routing, PARAMETER),
                        enumValue(RoutingKind.class, text(routing, KIND))),
                node.get(HTTP_TIMEOUT_SECONDS).intValue());
    }

    private static Parameter parameter(JsonNode node) {
        String origin = text(node, VALUES_ORIGIN);
        return new Parameter(text(node, NAME), text(node, TYPE), text(node, ELEMENT_TYPE), flag(node, MULTI_VALUED),
                flag(node, SWITCH), texts(node, ALIASES), texts(node, ALLOWED_VALUES),
                origin == null ? ValuesOrigin.NONE : enumValue(ValuesOrigin.class, origin),
                flag(node, INTERNAL), flag(node, DEPRECATED), list(node.get(SETS), SnapshotDecoder::membership));
    }

    private static ParameterSetMembership membership(JsonNode node) {
        JsonNode position = node.get(POSITION);
        return new ParameterSetMembership(text(node, NAME), flag(node, MANDATORY),
                position == null || position.isNull() ? null : position.intValue(), flag(node, VALUE_FROM_PIPELINE),
                flag(node, VALUE_FROM_PIPELINE_BY_PROPERTY_NAME));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.textValue();
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.booleanValue();
    }

    private static List<String> texts(JsonNode node, String field) {
        return list(node.get(field), JsonNode::textValue);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
        List<T> values = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> values.add(element.apply(n)));
        }
        return values;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String spelling) {
        return SnapshotSpelling.parse(type, spelling).orElseThrow();
    }
}
