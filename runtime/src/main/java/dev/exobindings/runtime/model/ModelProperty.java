package dev.exobindings.runtime.model;

import java.util.Objects;

/**
 * One property of a generated model, as a constant on the model class ({@code Mailbox.DISPLAY_NAME}): its wire
 * name, its position and how it is read. {@code select(…)} on a request whose result is {@code M} accepts only
 * {@code ModelProperty<M, ?>}, so a property of another model does not compile.
 *
 * @param <M> the model the property belongs to
 * @param <V> the property's Java type
 */
public final class ModelProperty<M, V> {
    private final int index;
    private final String name;
    private final Decoder<V> decoder;

    private ModelProperty(int index, String name, Decoder<V> decoder) {
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    /** Used by generated code: property {@code index} (0-based, declaration order) named {@code name}. */
    public static <M, V> ModelProperty<M, V> of(int index, String name, Decoder<V> decoder) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        return new ModelProperty<>(index, name, decoder);
    }

    /** The property's name as the service sends it, e.g. {@code PrimarySmtpAddress}. */
    public String name() {
        return name;
    }

    int index() {
        return index;
    }

    Decoder<V> decoder() {
        return decoder;
    }

    @Override
    public String toString() {
        return name;
    }
}
