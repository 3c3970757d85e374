package dev.exobindings.runtime.value;

import java.util.OptionalLong;

/**
 * The {@code -ResultSize} value: {@code ResultSize.unlimited()} or {@code ResultSize.of(n)}.
 *
 * <p>A type of its own, not an {@link Unlimited}: a result size is a row count, so a quota such as
 * {@code Unlimited.of(ByteSize.ofGigabytes(1))} cannot be passed where a {@code ResultSize} is expected.
 */
public final class ResultSize {
    private static final ResultSize UNLIMITED = new ResultSize(-1);

    /** The row limit, or -1 for Unlimited. */
    private final long limit;

    private ResultSize(long limit) {
        this.limit = limit;
    }

    /** Every result: the runtime follows {@code @odata.nextLink} until the last page. */
    public static ResultSize unlimited() {
        return UNLIMITED;
    }

    /** At most {@code n} results. */
    public static ResultSize of(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("ResultSize must be >= 0, got " + n);
        }
        return new ResultSize(n);
    }

    public boolean isUnlimited() {
        return limit < 0;
    }

    /** The row limit; empty when unlimited. */
    public OptionalLong limit() {
        return limit < 0 ? OptionalLong.empty() : OptionalLong.of(limit);
    }

    /** The JSON value sent: the string {@code "Unlimited"} or the number. */
    public Object wireValue() {
        return limit < 0 ? "Unlimited" : (Object) limit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResultSize other && limit == other.limit;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(limit);
    }

    @Override
    public String toString() {
        return String.valueOf(wireValue());
    }
}
