package dev.exobindings.runtime.value;

import java.util.Objects;

/**
 * Exchange's {@code Unlimited<T>}: either the literal {@code Unlimited} or a bounded value
 * (a number, a {@link ByteSize} or a time span). {@code -ResultSize} has its own type, {@link ResultSize}.
 */
public final class Unlimited {
    private static final Unlimited UNLIMITED = new Unlimited(null);

    private final Object value;

    private Unlimited(Object value) {
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

    /** A bounded time span, e.g. {@code Unlimited.of(Duration.ofMinutes(15))} for {@code 00:15:00}. */
    public static Unlimited of(java.time.Duration span) {
        return new Unlimited(Objects.requireNonNull(span, "span"));
    }

    public boolean isUnlimited() {
        return value == null;
    }

    /** The bound: a {@link Long}, a {@link ByteSize} or a {@link java.time.Duration}; {@code null} when unlimited. */
    public Object bound() {
        return value;
    }

    /**
     * The value sent: the string {@code "Unlimited"}, a number, a size string, or a {@link java.time.Duration}
     * (which the request encoder writes as a .NET time span).
     */
    public Object wireValue() {
        if (value == null) {
            return "Unlimited";
        }
        return value instanceof ByteSize size ? size.wireValue() : value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Unlimited other && Objects.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return String.valueOf(wireValue());
    }
}
