package dev.exobindings.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.value.WireEnum;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The decoders generated models use, one per Edm type, plus lists, enums and nested models. Lenient where the
 * service is: a number may come as text, a single value where a collection is declared.
 */
public final class Decoders {
    public static final Decoder<String> STRING = n -> n.isValueNode() ? n.asText() : n.toString();
    public static final Decoder<Boolean> BOOLEAN = n -> n.isBoolean() ? n.booleanValue()
            : Boolean.parseBoolean(n.asText().trim());
    public static final Decoder<Integer> INT32 = n -> n.isNumber() ? n.intValue() : Integer.parseInt(n.asText().trim());
    /** A number, its text, or a byte quantity as the service renders it: {@code 1.5 GB (1,610,612,736 bytes)}. */
    public static final Decoder<Long> INT64 = n -> n.isNumber() ? n.longValue() : int64(n.asText().trim());
    public static final Decoder<Double> DOUBLE = n -> n.isNumber() ? n.doubleValue()
            : Double.parseDouble(n.asText().trim());
    public static final Decoder<BigDecimal> DECIMAL = n -> n.isNumber() ? n.decimalValue()
            : new BigDecimal(n.asText().trim());
    public static final Decoder<UUID> GUID = n -> UUID.fromString(n.asText().trim());
    public static final Decoder<Instant> INSTANT = n -> WireInstants.parse(n.asText().trim());
    public static final Decoder<Duration> DURATION = n -> Duration.parse(n.asText().trim());
    /** {@code Edm.Binary} (base64) or {@code Collection(Edm.Byte)} (an array of numbers). */
    public static final Decoder<byte[]> BYTES = Decoders::bytes;
    /** Values whose shape the CSDL leaves open (abstract or open complex types): the JSON as it came. */
    public static final Decoder<JsonNode> JSON = n -> n;

    private static final Pattern BYTE_QUANTITY = Pattern.compile(".*\\(([0-9][0-9,]*) bytes\\)");

    private Decoders() {
    }

    /** A collection; a single value where a collection is declared becomes a one-element list. */
    public static <E> Decoder<List<E>> list(Decoder<E> element) {
        return new Decoder<>() {
            @Override
            public List<E> decode(JsonNode node) {
                if (!node.isArray()) {
                    return List.of(element.decode(node));
                }
                List<E> out = new ArrayList<>(node.size());
                for (JsonNode n : node) {
                    out.add(n.isNull() ? null : element.decode(n));
                }
                return Collections.unmodifiableList(out);
            }

            @Override
            public boolean lossy(List<E> value) {
                for (E e : value) {
                    if (e != null && element.lossy(e)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    /**
     * A generated enum: {@code fromWire} never throws and returns {@code unrecognized} for a value it does not know;
     * such a value is reported lossy, so the model keeps the raw text too.
     */
    public static <E extends Enum<E> & WireEnum> Decoder<E> wireEnum(Function<String, E> fromWire, E unrecognized) {
        return new Decoder<>() {
            @Override
            public E decode(JsonNode node) {
                return fromWire.apply(node.asText());
            }

            @Override
            public boolean lossy(E value) {
                return value == unrecognized;
            }
        };
    }

    /** A nested model; the supplier defers to the other class's initialisation (models may refer to each other). */
    public static <M> Decoder<M> model(Supplier<ModelType<M>> type) {
        return n -> type.get().read(n);
    }

    private static long int64(String text) {
        Matcher m = BYTE_QUANTITY.matcher(text);
        return m.matches() ? Long.parseLong(m.group(1).replace(",", "")) : Long.parseLong(text);
    }

    private static byte[] bytes(JsonNode node) {
        if (node.isArray()) {
            byte[] out = new byte[node.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) node.get(i).intValue();
            }
            return out;
        }
        return Base64.getDecoder().decode(node.asText().trim());
    }
}
