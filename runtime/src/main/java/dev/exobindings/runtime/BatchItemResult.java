package dev.exobindings.runtime;

import dev.exobindings.runtime.error.ExchangeException;
import java.util.Objects;

/**
 * The outcome of one request of {@code invokeAll}: a result or the typed failure, never both, never dropped.
 *
 * @param index   position in the input list
 * @param request the request
 * @param result  the result on success, else null
 * @param failure the exception on failure, else null
 */
public record BatchItemResult(int index, CmdletRequest request, InvokeResult result, ExchangeException failure) {

    public BatchItemResult {
        Objects.requireNonNull(request, "request");
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of result and failure must be set");
        }
    }

    /** A success. */
    public static BatchItemResult success(int index, CmdletRequest request, InvokeResult result) {
        return new BatchItemResult(index, request, Objects.requireNonNull(result, "result"), null);
    }

    /** A failure. */
    public static BatchItemResult failure(int index, CmdletRequest request, ExchangeException failure) {
        return new BatchItemResult(index, request, null, Objects.requireNonNull(failure, "failure"));
    }

    /** This outcome at another input position. */
    public BatchItemResult withIndex(int newIndex) {
        return new BatchItemResult(newIndex, request, result, failure);
    }

    /** Whether the call failed in a way that may nevertheless have applied it (see {@code OutcomeUnknownException}). */
    public boolean outcomeUnknown() {
        return failure != null && failure.outcomeUnknown();
    }

    /** Whether the call succeeded. */
    public boolean isSuccess() {
        return result != null;
    }

    /** The result, or throws the failure. */
    public InvokeResult getOrThrow() {
        if (failure != null) {
            throw failure;
        }
        return result;
    }

    @Override
    public String toString() {
        return "BatchItemResult[" + index + " " + request.cmdletName() + " "
                + (result != null ? result : "failed: " + failure.getMessage()) + "]";
    }
}
