package dev.exobindings.runtime.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * service is: a number may come as text, a single value where a collection is declared. Never by guessing: a value
 * that is not of the type ({@code "nope"} or {@code 1} for a boolean, {@code 1.5} or {@code 1e30} for an Int64)
 * throws, and the model keeps it raw ({@link ModelType}). A decoder's tree read and its parser read agree.
 */
public final class Decoders {
    /** Text; another value as its JSON text (a number as the tree renders it: {@code 1e30} → {@code 1.0E30}). */
    public static final Decoder<String> STRING = scalar(n -> n.isValueNode() ? n.asText() : n.toString(),
            p -> p.currentToken().isNumeric() ? Trees.read(p).asText() : p.getText());
    /**
     * JSON {@code true}/{@code false} (what the service sends), or the text {@code true}/{@code false} in any case;
     * anything else ({@code "nope"}, {@code 1}) cannot be read as a boolean.
     */
    public static final Decoder<Boolean> BOOLEAN = scalar(n -> n.isBoolean() ? n.booleanValue() : bool(n),
            p -> p.currentToken().isBoolean() ? p.getBooleanValue() : bool(Trees.read(p)));
    /** An integral number within Int32's range, or its text; {@code 1.5} or {@code 1e30} cannot be read. */
    public static final Decoder<Integer> INT32 = scalar(
            n -> n.isNumber() ? (int) integral(n, Integer.MIN_VALUE, Integer.MAX_VALUE, "Int32")
                    : Integer.parseInt(n.asText().trim()),
            p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
                    ? p.getIntValue()
                    : p.currentToken().isNumeric()
                    ? (int) integral(Trees.read(p), Integer.MIN_VALUE, Integer.MAX_VALUE, "Int32")
                    : Integer.parseInt(p.getText().trim()));
    /**
     * An integral number within Int64's range, its text, or a byte quantity as the service renders it:
     * {@code 1.5 GB (1,610,612,736 bytes)}. A number that is not integral ({@code 1.5}) or out of range
     * ({@code 1e30}) cannot be read.
     */
    public static final Decoder<Long> INT64 = scalar(
            n -> n.isNumber() ? integral(n, Long.MIN_VALUE, Long.MAX_VALUE, "Int64") : int64(n.asText().trim()),
            p -> p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                    ? p.getLongValue()
                    : p.currentToken().isNumeric() ? integral(Trees.read(p), Long.MIN_VALUE, Long.MAX_VALUE, "Int64")
                    : int64(p.getText().trim()));
    public static final Decoder<Double> DOUBLE = scalar(n -> n.isNumber() ? n.doubleValue()
            : Double.parseDouble(n.asText().trim()), p -> p.currentToken().isNumeric() ? p.getDoubleValue()
            : Double.parseDouble(p.getText().trim()));
    /** A number (read as the tree reads it, so both reads agree on its scale) or its text. */
    public static final Decoder<BigDecimal> DECIMAL = scalar(n -> n.isNumber() ? n.decimalValue()
            : new BigDecimal(n.asText().trim()), p -> p.currentToken().isNumeric() ? Trees.read(p).decimalValue()
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

    /** The text {@code true} or {@code false}, any case, trimmed; anything else is not a boolean. */
    private static boolean bool(JsonNode node) {
        if (node.isTextual()) {
            String text = node.textValue().trim();
            if (text.equalsIgnoreCase("true")) {
                return true;
            }
            if (text.equalsIgnoreCase("false")) {
                return false;
            }
        }
        throw new IllegalArgumentException("not a boolean: " + clip(node));
    }

    /**
     * The value of a JSON number that is integral and within {@code [min, max]} ({@code 2.0} is 2); a fraction or a
     * value out of range is refused rather than truncated or clamped. Both reads go through it, so they agree.
     */
    private static long integral(JsonNode n, long min, long max, String edm) {
        long v;
        if (n.isIntegralNumber()) {
            if (!n.canConvertToLong()) {
                throw outOfRange(n, edm);
            }
            v = n.longValue();
        } else if (n.isBigDecimal()) {
            BigDecimal d = n.decimalValue();
            try {
                v = d.longValueExact();
            } catch (ArithmeticException e) {
                throw outOfRange(n, edm);
            }
        } else {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d < -0x1p63 || d >= 0x1p63) { // NaN and the infinities fail too
                throw outOfRange(n, edm);
            }
            v = (long) d;
        }
        if (v < min || v > max) {
            throw outOfRange(n, edm);
        }
        return v;
    }

    private static IllegalArgumentException outOfRange(JsonNode n, String edm) {
        return new IllegalArgumentException("not an integral number within " + edm + "'s range: " + clip(n));
    }

    private static String clip(JsonNode node) {
        String s = node.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
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
