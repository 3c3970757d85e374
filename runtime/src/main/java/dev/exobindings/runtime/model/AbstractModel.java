package dev.exobindings.runtime.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Map;

/**
 * Base of every generated model: immutable, values by property, plus the row's properties the model does not
 * declare ({@link #extraProperties()}). Equality is by class, values and extra properties. A property the row did
 * not carry (not selected, or JSON {@code null}) reads {@code null}.
 */
public abstract class AbstractModel {
    private final ModelType<?> type;
    private final Object[] values;
    private final Map<String, JsonNode> extras;

    protected AbstractModel(ModelValues values) {
        this.type = values.type;
        this.values = values.values;
        this.extras = values.extras;
    }

    /**
     * The value of one of this model's properties ({@code mailbox.get(Mailbox.DISPLAY_NAME)}); the generated
     * accessors call it.
     *
     * @throws IllegalArgumentException for a property of another model
     */
    @SuppressWarnings("unchecked")
    public final <V> V get(ModelProperty<?, V> property) {
        int i = property.index();
        if (i >= values.length || type.properties().get(i) != property) {
            throw new IllegalArgumentException(property.name() + " is not a property of " + type.name());
        }
        return (V) values[i];
    }

    /**
     * Properties of the row that this model does not declare, by wire name, in row order; the raw value of an
     * enum property whose value the generated enum does not know (the property itself reads {@code UNRECOGNIZED});
     * and the raw value of a property its declared type cannot read (the property itself reads null). Never null.
     */
    public final Map<String, JsonNode> extraProperties() {
        return extras;
    }

    /** The description of this model's type. */
    public final ModelType<?> modelType() {
        return type;
    }

    @Override
    public final boolean equals(Object o) {
        return o == this || o != null && o.getClass() == getClass()
                && Arrays.deepEquals(values, ((AbstractModel) o).values) && extras.equals(((AbstractModel) o).extras);
    }

    @Override
    public final int hashCode() {
        return 31 * Arrays.deepHashCode(values) + extras.hashCode();
    }

    /** The properties that are set, then the extra ones: {@code Mailbox[DisplayName=…, …]}. */
    @Override
    public final String toString() {
        StringBuilder sb = new StringBuilder(getClass().getSimpleName()).append('[');
        String sep = "";
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                Object v = values[i];
                sb.append(sep).append(type.properties().get(i).name()).append('=')
                        .append(v instanceof byte[] b ? b.length + " bytes" : v);
                sep = ", ";
            }
        }
        for (Map.Entry<String, JsonNode> e : extras.entrySet()) {
            sb.append(sep).append(e.getKey()).append("=").append(e.getValue());
            sep = ", ";
        }
        return sb.append(']').toString();
    }
}
