package dev.exobindings.runtime.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
    public static final Decoder<String> STRING = scalar(n -> n.isValueNode() ? n.asText() : n.toString(),
            JsonParser::getText);
    public static final Decoder<Boolean> BOOLEAN = scalar(n -> n.isBoolean() ? n.booleanValue()
            : Boolean.parseBoolean(n.asText().trim()), p -> p.currentToken().isBoolean()
            ? p.getBooleanValue() : Boolean.parseBoolean(p.getText().trim()));
    public static final Decoder<Integer> INT32 = scalar(n -> n.isNumber() ? n.intValue()
            : Integer.parseInt(n.asText().trim()), p -> p.currentToken().isNumeric() ? p.getIntValue()
            : Integer.parseInt(p.getText().trim()));
    /** A number, its text, or a byte quantity as the service renders it: {@code 1.5 GB (1,610,612,736 bytes)}. */
    public static final Decoder<Long> INT64 = scalar(n -> n.isNumber() ? n.longValue() : int64(n.asText().trim()),
            p -> p.currentToken().isNumeric() ? p.getLongValue() : int64(p.getText().trim()));
    public static final Decoder<Double> DOUBLE = scalar(n -> n.isNumber() ? n.doubleValue()
            : Double.parseDouble(n.asText().trim()), p -> p.currentToken().isNumeric() ? p.getDoubleValue()
            : Double.parseDouble(p.getText().trim()));
    public static final Decoder<BigDecimal> DECIMAL = scalar(n -> n.isNumber() ? n.decimalValue()
            : new BigDecimal(n.asText().trim()), p -> p.currentToken().isNumeric() ? p.getDecimalValue()
            : new BigDecimal(p.getText().trim()));
    public static final Decoder<UUID> GUID = text(UUID::fromString);
    public static final Decoder<Instant> INSTANT = text(WireInstants::parse);
    public static final Decoder<Duration> DURATION = text(Duration::parse);
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
            public E read(JsonParser parser) throws IOException {
                return parser.currentToken().isScalarValue() ? fromWire.apply(parser.getText())
                        : decode(Trees.read(parser));
            }

            @Override
            public boolean lossy(E value) {
                return value == unrecognized;
            }
        };
    }

    /** A nested model; the supplier defers to the other class's initialisation (models may refer to each other). */
    public static <M> Decoder<M> model(Supplier<ModelType<M>> type) {
        return new Decoder<>() {
            @Override
            public M decode(JsonNode node) {
                return type.get().read(node);
            }

            @Override
            public M read(JsonParser parser) throws IOException {
                return type.get().read(parser);
            }
        };
    }

    /** Reads the value of a scalar token the way {@code tree} reads its node. */
    @FunctionalInterface
    private interface ScalarRead<V> {
        V read(JsonParser parser) throws IOException;
    }

    /**
     * A decoder reading a scalar token straight from the parser ({@code stream}: same result as {@code tree} on the
     * token's node) and anything else through its tree.
     */
    private static <V> Decoder<V> scalar(Function<JsonNode, V> tree, ScalarRead<V> stream) {
        return new Decoder<>() {
            @Override
            public V decode(JsonNode node) {
                return tree.apply(node);
            }

            @Override
            public V read(JsonParser parser) throws IOException {
                return parser.currentToken().isScalarValue() ? stream.read(parser) : tree.apply(Trees.read(parser));
            }
        };
    }

    /** A decoder of the value's trimmed text. */
    private static <V> Decoder<V> text(Function<String, V> parse) {
        return scalar(n -> parse.apply(n.asText().trim()), p -> parse.apply(p.getText().trim()));
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
