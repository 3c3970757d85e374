package dev.exobindings.runtime.value;

import java.util.Arrays;

/**
 * A {@code SecureString} value. Encrypted by the runtime before it is sent; never printed.
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value.clone();
    }

    public static Secret of(char[] value) {
        return new Secret(value);
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    /** The clear text, for the runtime's encryption only. */
    public char[] reveal() {
        return value.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "Secret[<redacted>]";
    }
}
