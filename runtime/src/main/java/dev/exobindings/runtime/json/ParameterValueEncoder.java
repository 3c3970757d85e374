package dev.exobindings.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.secret.SecretEncoder;
import dev.exobindings.runtime.value.ByteSize;
import dev.exobindings.runtime.value.Credential;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.runtime.value.Secret;
import dev.exobindings.runtime.value.Unlimited;
import dev.exobindings.runtime.value.WireEnum;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Maps Java parameter values to the JSON the module's Transform-Parameters produces
 * (see the protocol reference, section "Request body shapes").
 */
final class ParameterValueEncoder {
    static final String HASHTABLE_TYPE = "#Exchange.GenericHashTable";
    static final String BYTE_ARRAY_TYPE = "#Exchange.ByteArrayType";
    private static final String ODATA_TYPE = "@odata.type";
    /** The module rewrites PowerShell boolean literals in OPATH filters to quoted strings. */
    private static final Set<String> FILTER_PARAMETERS = Set.of("filter", "recipientfilter", "recipientpreviewfilter");
    private static final Pattern TRUE_LITERAL = Pattern.compile("(?i)\\$true\\b");
    private static final Pattern FALSE_LITERAL = Pattern.compile("(?i)\\$false\\b");
    /** The module's SortableDateTimePattern after ToUniversalTime(): no zone suffix, no fraction. */
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final SecretEncoder secrets;

    ParameterValueEncoder(SecretEncoder secrets) {
        this.secrets = secrets;
    }

    /** Puts {@code name: value} into {@code parameters}, plus the collection annotation a list of hashtables needs. */
    void encodeInto(ObjectNode parameters, String name, Object value) {
        if (value instanceof String text && FILTER_PARAMETERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            value = FALSE_LITERAL.matcher(TRUE_LITERAL.matcher(text).replaceAll("'True'")).replaceAll("'False'");
        }
        // A null parameter value is a deliberate clear (AbstractCmdletRequest.clear): PowerShell's $null.
        JsonNode node = value == null ? nodes.nullNode() : encode(name, value);
        parameters.set(name, node);
        String elementType = collectionElementType(value);
        if (elementType != null) {
            parameters.put(name + ODATA_TYPE, "#Collection(" + elementType.substring(1) + ")");
        }
    }

    private String collectionElementType(Object value) {
        if (value instanceof Collection<?> c && !c.isEmpty()) {
            if (c.stream().allMatch(Map.class::isInstance)) {
                return HASHTABLE_TYPE;
            }
            if (c.stream().allMatch(byte[].class::isInstance)) {
                return BYTE_ARRAY_TYPE;
            }
        }
        return null;
    }

    JsonNode encode(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Parameter " + name + " has a null value; leave it unset instead");
        }
        if (value instanceof String s) {
            return nodes.textNode(s);
        }
        if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return nodes.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof WireEnum e) {
            return nodes.textNode(e.wireValue());
        }
        if (value instanceof UUID || value instanceof Character) {
            return nodes.textNode(value.toString());
        }
        if (value instanceof Unlimited u) {
            return u.isUnlimited() ? nodes.textNode("Unlimited") : encode(name, u.bound());
        }
        if (value instanceof ResultSize r) {
            return r.isUnlimited() ? nodes.textNode("Unlimited") : nodes.numberNode(r.limit().getAsLong());
        }
        if (value instanceof ByteSize size) {
            return nodes.textNode(size.wireValue());
        }
        if (value instanceof Duration d) {
            return nodes.textNode(TimeSpans.format(d));
        }
        JsonNode time = encodeTime(value);
        if (time != null) {
            return time;
        }
        if (value instanceof Secret secret) {
            return nodes.textNode(encrypt(secret.reveal()));
        }
        if (value instanceof Credential credential) {
            char[] password = credential.password().reveal();
            try {
                return nodes.textNode(encrypt(CredentialJson.write(credential.userName(), password)));
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        if (value instanceof byte[] bytes) {
            return byteArray(bytes);
        }
        if (value instanceof MultiValue<?> change) {
            ObjectNode delta = nodes.objectNode();
            delta.put(ODATA_TYPE, HASHTABLE_TYPE);
            if (!change.added().isEmpty()) {
                delta.set("Add", array(name, change.added()));
            }
            if (!change.removed().isEmpty()) {
                delta.set("Remove", array(name, change.removed()));
            }
            return delta;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode table = nodes.objectNode();
            table.put(ODATA_TYPE, HASHTABLE_TYPE);
            map.forEach((k, v) -> table.set(String.valueOf(k), encode(name + "." + k, v)));
            return table;
        }
        if (value instanceof Collection<?> items) {
            return array(name, items);
        }
        if (value instanceof Object[] items) {
            return array(name, Arrays.asList(items));
        }
        throw new IllegalArgumentException("Parameter " + name + ": cannot send a value of type "
                + value.getClass().getName() + "; use a String, number, boolean, java.time value, List, Map "
                + "or a type from dev.exobindings.runtime.value");
    }

    private JsonNode encodeTime(Object value) {
        if (value instanceof Instant i) {
            return nodes.textNode(SORTABLE.format(i.atOffset(ZoneOffset.UTC)));
        }
        if (value instanceof OffsetDateTime o) {
            return nodes.textNode(SORTABLE.format(o.withOffsetSameInstant(ZoneOffset.UTC)));
        }
        if (value instanceof ZonedDateTime z) {
            return nodes.textNode(SORTABLE.format(z.withZoneSameInstant(ZoneOffset.UTC)));
        }
        if (value instanceof LocalDateTime l) {
            return nodes.textNode(SORTABLE.format(l));
        }
        if (value instanceof LocalDate d) {
            return nodes.textNode(SORTABLE.format(d.atStartOfDay()));
        }
        return null;
    }

    private ArrayNode array(String name, Collection<?> items) {
        ArrayNode array = nodes.arrayNode();
        int i = 0;
        for (Object item : items) {
            array.add(encode(name + "[" + i++ + "]", item));
        }
        return array;
    }

    private ObjectNode byteArray(byte[] bytes) {
        ObjectNode node = nodes.objectNode();
        node.put(ODATA_TYPE, BYTE_ARRAY_TYPE);
        ArrayNode data = node.putArray("Data");
        for (byte b : bytes) {
            data.add(b & 0xFF);
        }
        return node;
    }

    private String encrypt(char[] clear) {
        var buffer = StandardCharsets.UTF_8.encode(CharBuffer.wrap(clear));
        byte[] utf8 = new byte[buffer.remaining()];
        buffer.get(utf8);
        Arrays.fill(clear, '\0');
        try {
            return secrets.encode(utf8);
        } finally {
            Arrays.fill(utf8, (byte) 0);
        }
    }
}
