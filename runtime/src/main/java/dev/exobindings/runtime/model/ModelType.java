package dev.exobindings.runtime.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A generated model's description ({@code Mailbox.MODEL_TYPE}): its CSDL name, its properties and how to build it
 * from a row. {@link #read(JsonNode)} reads a row in one pass: declared properties are decoded, every other property
 * is kept in the model's extra properties (never dropped), as is a value its declared type cannot read (see
 * {@link UnreadableValues}); OData annotations ({@code @odata.type},
 * {@code Prop@odata.type}) are not properties and are skipped.
 *
 * @param <M> the model class
 */
public final class ModelType<M> {
    private final String name;
    private final Class<M> javaClass;
    private final Function<ModelValues, M> factory;
    private final List<ModelProperty<M, ?>> properties;
    private final Map<String, ModelProperty<M, ?>> byName;
    private final Map<String, ModelProperty<M, ?>> byLowerName;

    private ModelType(String name, Class<M> javaClass, Function<ModelValues, M> factory,
                      List<ModelProperty<M, ?>> properties) {
        this.name = Objects.requireNonNull(name, "name");
        this.javaClass = Objects.requireNonNull(javaClass, "javaClass");
        this.factory = Objects.requireNonNull(factory, "factory");
        this.properties = List.copyOf(properties);
        this.byName = new HashMap<>();
        this.byLowerName = new HashMap<>();
        for (int i = 0; i < this.properties.size(); i++) {
            ModelProperty<M, ?> p = this.properties.get(i);
            if (p.index() != i) {
                throw new IllegalArgumentException(name + ": property " + p.name() + " has index " + p.index()
                        + " but is at position " + i);
            }
            byName.put(p.name(), p);
            byLowerName.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
        }
    }

    /** Used by generated code. */
    public static <M> ModelType<M> of(String name, Class<M> javaClass, Function<ModelValues, M> factory,
                                      List<ModelProperty<M, ?>> properties) {
        return new ModelType<>(name, javaClass, factory, properties);
    }

    /** The CSDL name, e.g. {@code Exchange.Mailbox}. */
    public String name() {
        return name;
    }

    /** The generated class. */
    public Class<M> javaClass() {
        return javaClass;
    }

    /** The declared properties, in CSDL order. */
    public List<ModelProperty<M, ?>> properties() {
        return properties;
    }

    /** The wire names of the declared properties, in CSDL order. */
    public List<String> propertyNames() {
        return properties.stream().map(ModelProperty::name).toList();
    }

    /** The property named {@code wireName}: an exact match, else a case-insensitive one. */
    public Optional<ModelProperty<M, ?>> property(String wireName) {
        ModelProperty<M, ?> p = byName.get(wireName);
        return Optional.ofNullable(p != null ? p : byLowerName.get(wireName.toLowerCase(Locale.ROOT)));
    }

    /**
     * Builds a model from one row (a JSON object); an empty model for any other JSON value.
     *
     * @throws NullPointerException naming the model when {@code row} is a Java {@code null} (a JSON null is a
     *     {@code NullNode} and gives an empty model)
     */
    public M read(JsonNode row) {
        Objects.requireNonNull(row, () -> javaClass.getSimpleName() + ": the row to read is a Java null; pass one row"
                + " of the answer (a JSON object), or NullNode.getInstance() for a JSON null");
        Object[] values = new Object[properties.size()];
        Map<String, JsonNode> extras = null;
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            String key = e.getKey();
            JsonNode node = e.getValue();
            ModelProperty<M, ?> p = byName.get(key);
            if (p == null) {
                if (key.indexOf('@') >= 0) {
                    continue;
                }
                p = byLowerName.get(key.toLowerCase(Locale.ROOT));
                if (p == null) {
                    extras = put(extras, key, node);
                    continue;
                }
            }
            if (!node.isNull() && !decode(p, node, values)) {
                extras = put(extras, key, node);
            }
        }
        return factory.apply(new ModelValues(this, values,
                extras == null ? Map.of() : Collections.unmodifiableMap(extras)));
    }

    /**
     * Builds a model from the row at {@code parser}'s current token without building the row's tree (what paging
     * uses): declared scalar properties are read straight from the parser, containers and properties the model
     * does not declare through their tree. Same result as {@link #read(JsonNode)} on the row's tree. The parser
     * is left on the row's last token ({@code END_OBJECT}); a row that is not an object is skipped and gives an
     * empty model.
     *
     * @throws IOException when the parser cannot read the row
     */
    public M read(JsonParser parser) throws IOException {
        Object[] values = new Object[properties.size()];
        Map<String, JsonNode> extras = null;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
        } else {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken token = parser.nextToken();
                ModelProperty<M, ?> p = byName.get(key);
                if (p == null) {
                    if (key.indexOf('@') >= 0) {
                        parser.skipChildren();
                        continue;
                    }
                    p = byLowerName.get(key.toLowerCase(Locale.ROOT));
                    if (p == null) {
                        extras = put(extras, key, Trees.read(parser));
                        continue;
                    }
                }
                if (token == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (!token.isScalarValue()) {
                    JsonNode node = Trees.read(parser); // a container: read whole, so a lossy value can be kept
                    if (!decode(p, node, values)) {
                        extras = put(extras, key, node);
                    }
                } else if (!decode(p, parser, values)) {
                    extras = put(extras, key, Trees.read(parser)); // the scalar token is still current
                }
            }
        }
        return factory.apply(new ModelValues(this, values,
                extras == null ? Map.of() : Collections.unmodifiableMap(extras)));
    }

    /**
     * Reads one scalar property into {@code values}; false when its raw value must also be kept in the extra
     * properties: a lossy value (an unknown enum value), or one the declared type cannot read (the typed value then
     * stays null: one odd value does not cost the row, or the page). The scalar token stays current either way.
     */
    private <V> boolean decode(ModelProperty<?, V> p, JsonParser parser, Object[] values) throws IOException {
        V value;
        try {
            value = p.decoder().read(parser);
        } catch (RuntimeException | JsonProcessingException e) {
            UnreadableValues.report(name, p.name(), Trees.read(parser), e);
            return false;
        }
        values[p.index()] = value;
        return !p.decoder().lossy(value);
    }

    /** {@link #decode(ModelProperty, JsonParser, Object[])} for a value already read as a tree. */
    private <V> boolean decode(ModelProperty<?, V> p, JsonNode node, Object[] values) {
        V value;
        try {
            value = p.decoder().decode(node);
        } catch (RuntimeException e) {
            UnreadableValues.report(name, p.name(), node, e);
            return false;
        }
        values[p.index()] = value;
        return !p.decoder().lossy(value);
    }

    private static Map<String, JsonNode> put(Map<String, JsonNode> extras, String key, JsonNode node) {
        Map<String, JsonNode> m = extras == null ? new LinkedHashMap<>() : extras;
        m.put(key, node);
        return m;
    }

    /**
     * The declared property whose name is closest to {@code name}: one containing it (shortest first), else the one
     * at the smallest edit distance (case ignored). Used for "did you mean …?" messages.
     */
    public Optional<String> closestProperty(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        List<String> containing = new ArrayList<>();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ModelProperty<M, ?> p : properties) {
            String candidate = p.name().toLowerCase(Locale.ROOT);
            if (!wanted.isEmpty() && candidate.contains(wanted)) {
                containing.add(p.name());
            }
            int d = distance(wanted, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = p.name();
            }
        }
        if (!containing.isEmpty()) {
            containing.sort((a, b) -> Integer.compare(a.length(), b.length()));
            return Optional.of(containing.get(0));
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    @Override
    public String toString() {
        return "ModelType[" + name + ", " + properties.size() + " properties]";
    }
}
