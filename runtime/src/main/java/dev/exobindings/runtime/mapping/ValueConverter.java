package dev.exobindings.runtime.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.model.WireInstants;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Converts one JSON property value to a Java type: String, boolean/Boolean, int/Integer, long/Long,
 * double/Double, UUID, Instant, enums (by name, case-insensitive), List&lt;String&gt; and JsonNode.
 */
final class ValueConverter {

    private ValueConverter() {
    }

    static Object convert(JsonNode node, Type type, String property) {
        Class<?> raw = rawClass(type);
        boolean missing = node == null || node.isNull() || node.isMissingNode();
        if (raw == JsonNode.class) {
            return missing ? null : node;
        }
        if (missing) {
            return defaultFor(raw);
        }
        try {
            if (raw == String.class) {
                return node.isValueNode() ? node.asText() : node.toString();
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return node.isBoolean() ? node.booleanValue() : Boolean.parseBoolean(node.asText().trim());
            }
            if (raw == int.class || raw == Integer.class) {
                return node.isNumber() ? node.intValue() : Integer.parseInt(node.asText().trim());
            }
            if (raw == long.class || raw == Long.class) {
                return node.isNumber() ? node.longValue() : Long.parseLong(node.asText().trim());
            }
            if (raw == double.class || raw == Double.class) {
                return node.isNumber() ? node.doubleValue() : Double.parseDouble(node.asText().trim());
            }
            if (raw == UUID.class) {
                return UUID.fromString(node.asText().trim());
            }
            if (raw == Instant.class) {
                return instant(node.asText().trim());
            }
            if (raw.isEnum()) {
                return enumValue(raw, node.asText().trim());
            }
            if (raw == List.class) {
                return list(node);
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("property " + property + ": cannot read " + clip(node)
                    + " as " + raw.getSimpleName() + " (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException("property " + property + ": type " + type.getTypeName()
                + " is not supported; use String, boolean, int, long, double, UUID, Instant, an enum, "
                + "List<String> or JsonNode");
    }

    static void checkSupported(Type type, String property) {
        Class<?> raw = rawClass(type);
        if (raw == List.class && type instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] != String.class) {
            throw new IllegalArgumentException("property " + property + ": only List<String> is supported, not "
                    + type.getTypeName());
        }
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isValueNode() ? n.asText() : n.toString()));
        } else {
            out.add(node.asText());
        }
        return List.copyOf(out);
    }

    private static Instant instant(String text) {
        return WireInstants.parse(text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> raw, String text) {
        for (Object constant : raw.getEnumConstants()) {
            String name = ((Enum) constant).name();
            if (name.equalsIgnoreCase(text) || name.replace("_", "").equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no constant of " + raw.getSimpleName() + " matches '" + text + "'");
    }

    private static Object defaultFor(Class<?> raw) {
        if (!raw.isPrimitive()) {
            return raw == List.class ? List.of() : null;
        }
        if (raw == boolean.class) {
            return false;
        }
        if (raw == double.class) {
            return 0.0;
        }
        return raw == long.class ? 0L : 0;
    }

    static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported type " + type.getTypeName());
    }

    private static String clip(JsonNode node) {
        String s = node.toString();
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
