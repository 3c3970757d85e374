package dev.exobindings.runtime.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.model.Decoders;
import dev.exobindings.runtime.model.WireInstants;
import dev.exobindings.runtime.value.WireEnum;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Converts one JSON property value to a Java type: String, boolean/Boolean, int/Integer, long/Long,
 * double/Double (read as the models' {@link Decoders} read them: no guessing), UUID, Instant (a date as the service
 * renders it, or a JSON integer as epoch milliseconds), enums (a generated one through {@code fromWire}, another by
 * name, case-insensitive), List&lt;String&gt; and JsonNode.
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
                return Decoders.BOOLEAN.decode(node); // as the models read it: "nope" or 1 is not a boolean
            }
            if (raw == int.class || raw == Integer.class) {
                return Decoders.INT32.decode(node); // 1.5 or 1e30 is no int: refused, not truncated
            }
            if (raw == long.class || raw == Long.class) {
                return Decoders.INT64.decode(node);
            }
            if (raw == double.class || raw == Double.class) {
                return Decoders.DOUBLE.decode(node);
            }
            if (raw == UUID.class) {
                return UUID.fromString(node.asText().trim());
            }
            if (raw == Instant.class) {
                return instant(node);
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
        if (raw.isPrimitive() && raw != boolean.class && raw != int.class && raw != long.class
                && raw != double.class) {
            throw new IllegalArgumentException("property " + property + ": type " + raw.getName() + " is not "
                    + "supported; use boolean, int, long or double (or Boolean, Integer, Long, Double to see an "
                    + "absent value as null)");
        }
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

    /**
     * A date as the service renders it ({@link WireInstants}), or a JSON integer as milliseconds since the epoch
     * (what an {@code Edm.Int64} date such as User.WhenCreated carries).
     */
    private static Instant instant(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Instant.ofEpochMilli(node.longValue());
        }
        if (node.isNumber()) {
            throw new IllegalArgumentException("a number for a date must be whole milliseconds since the epoch");
        }
        return WireInstants.parse(node.asText().trim());
    }

    /**
     * A generated enum (a {@link WireEnum} with a static {@code fromWire(String)}) reads through {@code fromWire}, so a
     * value it does not know (or several flags in one string) is its {@code UNRECOGNIZED} constant, as in the models;
     * any other enum matches a constant's name (case and underscores ignored) or fails naming the value.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> raw, String text) {
        Method fromWire = fromWire(raw);
        if (fromWire != null) {
            try {
                Object value = fromWire.invoke(null, text);
                if (value != null) {
                    return value;
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(raw.getSimpleName() + ".fromWire failed: " + e.getCause(), e);
            }
        }
        for (Object constant : raw.getEnumConstants()) {
            String name = ((Enum) constant).name();
            if (name.equalsIgnoreCase(text) || name.replace("_", "").equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("no constant of " + raw.getSimpleName() + " matches '" + text + "'; use "
                + "String, or a generated enum, whose fromWire keeps unknown values as UNRECOGNIZED");
    }

    private static Method fromWire(Class<?> raw) {
        if (!WireEnum.class.isAssignableFrom(raw)) {
            return null;
        }
        try {
            Method m = raw.getMethod("fromWire", String.class);
            return Modifier.isStatic(m.getModifiers()) && m.getReturnType() == raw ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
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
        if (raw == long.class) {
            return 0L; // not "raw == long.class ? 0L : 0": the conditional would widen the int 0 to a Long
        }
        return raw == int.class ? (Object) 0 : null; // another primitive is refused when the mapper is made
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
