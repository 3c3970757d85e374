package dev.exobindings.runtime.value;

/**
 * The {@code -ResultSize} value: {@code ResultSize.unlimited()} or {@code ResultSize.of(n)}.
 * A subtype of {@link Unlimited}, so it goes wherever the generated code takes an {@code Unlimited}.
 */
public final class ResultSize extends Unlimited {
    private static final ResultSize UNLIMITED = new ResultSize(null);

    private ResultSize(Long value) {
        super(value);
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
}
