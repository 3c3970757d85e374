package dev.exobindings.runtime.value;

import java.util.Objects;

/**
 * Exchange's {@code Unlimited<T>}: either the literal {@code Unlimited} or a bounded value
 * (a number or a {@link ByteSize}).
 */
public class Unlimited {
    private static final Unlimited UNLIMITED = new Unlimited(null);

    private final Object value;

    protected Unlimited(Object value) {
        this.value = value;
    }

    /** The value {@code Unlimited}. */
    public static Unlimited unlimited() {
        return UNLIMITED;
    }

    /** A bounded numeric value. */
    public static Unlimited of(long value) {
        return new Unlimited(value);
    }

    /** A bounded size value, e.g. a quota. */
    public static Unlimited of(ByteSize size) {
        return new Unlimited(Objects.requireNonNull(size, "size"));
    }

    public final boolean isUnlimited() {
        return value == null;
    }

    /** The bound: a {@link Long} or a {@link ByteSize}; {@code null} when unlimited. */
    public final Object bound() {
        return value;
    }

    /** The JSON value sent: the string {@code "Unlimited"}, a number, or a size string. */
    public final Object wireValue() {
        if (value == null) {
            return "Unlimited";
        }
        return value instanceof ByteSize size ? size.wireValue() : value;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof Unlimited other && Objects.equals(value, other.value);
    }

    @Override
    public final int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(wireValue());
    }
}
