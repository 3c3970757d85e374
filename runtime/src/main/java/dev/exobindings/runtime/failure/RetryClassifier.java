package dev.exobindings.runtime.failure;

import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.retry.RetryPolicy;
import java.util.Locale;

/** What to do after a failed attempt. */
public final class RetryClassifier {

    /**
     * Whether a failed write may nevertheless have been applied: the request may have reached the service and no
     * answer says what happened (a network failure after sending, a request timeout) or the answer is a server
     * error (5xx). A 5xx does not say the cmdlet did not run: a gateway's 502 or 504 comes after the request was
     * passed on, and a 500 such as ADTransientException may follow a partial change. A 4xx is the service refusing
     * the request (validation, permissions, throttling): not applied.
     *
     * @param connectFailed whether the failure happened while connecting (nothing was sent)
     */
    public static boolean mayHaveBeenApplied(ErrorInfo info, boolean connectFailed) {
        return !connectFailed && (info.httpStatus() < 0 || info.httpStatus() >= 500);
    }

    /** The decision. */
    public enum Verdict {
        /** 429 / tenant-concurrency rejection: the service ran nothing; retry any verb after Retry-After. */
        THROTTLED,
        /** 5xx/408/transient exception/network failure that may be retried (idempotent, or the policy allows). */
        TRANSIENT,
        /** 401: re-acquire the token once, then repeat. */
        REFRESH_TOKEN,
        /** Give up and report. */
        FAIL
    }

    private RetryClassifier() {
    }

    /**
     * Classifies a failure.
     *
     * @param idempotent whether the call only reads
     * @param policy     whether writes may be retried after they may have reached the server
     */
    public static Verdict classify(ErrorInfo info, boolean idempotent, RetryPolicy policy) {
        int status = info.httpStatus();
        String message = info.message() == null ? "" : info.message().toLowerCase(Locale.ROOT);
        if (status == 401 && !message.contains("not allowed to call")) {
            return Verdict.REFRESH_TOKEN;
        }
        if (status == 429 || TransientMarkers.isConcurrencyRejection(info)) {
            return Verdict.THROTTLED;
        }
        boolean transientFailure = status < 0 || status == 408 || status == 502 || status == 503 || status == 504
                || TransientMarkers.isTransientException(info);
        if (transientFailure && (idempotent || policy.retryNonIdempotent())) {
            return Verdict.TRANSIENT;
        }
        // Reads also retry a 5xx whose server exception is transient by name (500 ADTransientException is the
        // service's most common one); writes keep the rule above, as such a 500 may follow a partial change.
        if (idempotent && status >= 500 && TransientMarkers.isTransientByName(info)) {
            return Verdict.TRANSIENT;
        }
        return Verdict.FAIL;
    }
}
