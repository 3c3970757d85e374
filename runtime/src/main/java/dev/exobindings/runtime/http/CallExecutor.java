package dev.exobindings.runtime.http;

import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.auth.TokenRequest;
import dev.exobindings.runtime.failure.ErrorBodyParser;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.failure.ExceptionFactory;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.InvocationTimeoutException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.error.ThrottledException;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.RequestEvent;
import dev.exobindings.runtime.event.RetryEvent;
import dev.exobindings.runtime.event.ThrottledEvent;
import dev.exobindings.runtime.limit.ConcurrencyLimiter;
import dev.exobindings.runtime.limit.RateLimiter;
import dev.exobindings.runtime.failure.RetryAfter;
import dev.exobindings.runtime.failure.RetryClassifier;
import dev.exobindings.runtime.failure.RetryClassifier.Verdict;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.retry.Sleeper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one HTTP call to completion: limits (concurrency, rate), token, retries with backoff, one token refresh
 * on 401, deadline. Returns a 2xx response or throws the typed {@link ExchangeException}.
 */
public final class CallExecutor {

    /**
     * One call.
     *
     * @param uri        target URL
     * @param body       the UTF-8 JSON body for a given bearer token ({@code $batch} bodies carry per-item anchors)
     * @param logBody    the body as it may be logged
     * @param cmdlet     cmdlet name (for headers, timeouts, errors)
     * @param idempotent whether repeating it is harmless
     * @param headers    the headers for a given bearer token, without {@code Authorization}
     * @param timeout    the module's HTTP timeout for the cmdlet (from its descriptor); client settings override it
     */
    public record Call(URI uri, Function<String, byte[]> body, String logBody, String cmdlet, boolean idempotent,
                       Function<String, Map<String, String>> headers, Duration timeout) {
        public Call {
            java.util.Objects.requireNonNull(timeout, "timeout");
        }
    }

    private final HttpSender sender;
    private final TokenProvider tokens;
    private final String scope;
    private final ConcurrencyLimiter limiter;
    private final RateLimiter rateLimiter;
    private final RetryPolicy policy;
    private final BiFunction<String, Duration, Duration> requestTimeouts;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ExchangeEventListener listener;

    /**
     * @param requestTimeouts (cmdlet, the module's timeout for it) → the HTTP request timeout the client's settings
     *                        give
     */
    public CallExecutor(HttpSender sender, TokenProvider tokens, String scope, ConcurrencyLimiter limiter,
                        RateLimiter rateLimiter, RetryPolicy policy,
                        BiFunction<String, Duration, Duration> requestTimeouts, Clock clock, Sleeper sleeper,
                        ExchangeEventListener listener) {
        this.sender = sender;
        this.tokens = tokens;
        this.scope = scope;
        this.limiter = limiter;
        this.rateLimiter = rateLimiter;
        this.policy = policy;
        this.requestTimeouts = requestTimeouts;
        this.clock = clock;
        this.sleeper = sleeper;
        this.listener = listener;
    }

    /** The retry policy in force. */
    public RetryPolicy policy() {
        return policy;
    }

    /** The clock in use. */
    public Clock clock() {
        return clock;
    }

    /** Runs {@code call} with retries; returns the 2xx response. */
    public WireResponse execute(Call call, Invocation inv) {
        int retries = 0;
        int attempt = 0;
        boolean forceRefresh = false;
        while (true) {
            attempt++;
            Duration timeout = requestTimeout(call, inv, null);
            AccessToken token = tokens.token(new TokenRequest(scope, forceRefresh ? inv.claims() : null, forceRefresh));
            forceRefresh = false;
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + token.token());
            headers.putAll(call.headers().apply(token.token()));
            headers.put("client-request-id", inv.clientRequestId());
            WireResponse response = null;
            IOException failure = null;
            boolean connectRefused = false;
            Instant started = clock.instant();
            acquire(call, inv);
            try {
                response = sender.post(call.uri(), headers, call.body().apply(token.token()), call.logBody(), timeout, call.cmdlet());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                failure = e; // nothing was sent: safe to repeat for any verb
                connectRefused = true;
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(call, inv);
            } finally {
                limiter.release();
            }
            listener.onRequest(new RequestEvent(call.cmdlet(), "POST", call.uri(),
                    response == null ? -1 : response.status(), inv.clientRequestId(), attempt,
                    Duration.between(started, clock.instant())));
            if (response != null && response.isSuccess()) {
                return response;
            }
            ErrorInfo info = response != null ? errorOf(response, call.cmdlet(), inv.clientRequestId())
                    : networkError(failure, call, inv, timeout);
            Verdict verdict = connectRefused ? Verdict.THROTTLED : RetryClassifier.classify(info, call.idempotent(), policy);
            if (verdict == Verdict.REFRESH_TOKEN) {
                if (inv.tryMarkRefreshed(WwwAuthenticate.claims(response.header("WWW-Authenticate")))) {
                    forceRefresh = true;
                    listener.onRetry(new RetryEvent(call.cmdlet(), inv.clientRequestId(), retries, Duration.ZERO,
                            "401: re-acquiring the token"));
                    continue;
                }
                throw ExceptionFactory.create(info, failure);
            }
            // 429 carries Retry-After; so may a 503 (RFC 9110): a retried 5xx waits it too, instead of the backoff
            Duration retryAfter = verdict != Verdict.FAIL && response != null
                    ? RetryAfter.parse(response.header("Retry-After"), clock.instant()).orElse(null) : null;
            if (verdict == Verdict.FAIL) {
                throw finalFailure(info, failure, call, connectRefused, retryAfter, attempt);
            }
            if (retries >= policy.maxRetries()) {
                // a retryable failure that kept coming: say so, or a throttling storm reads like one refusal
                throw finalFailure(attempt == 1 ? info : info.withMessage(info.message() + " (gave up after " + attempt
                        + " attempts: RetryPolicy.maxRetries is " + policy.maxRetries() + ")"), failure, call,
                        connectRefused, retryAfter, attempt);
            }
            if (verdict == Verdict.THROTTLED && response != null) {
                listener.onThrottled(new ThrottledEvent(call.cmdlet(), inv.clientRequestId(), retryAfter));
            }
            Duration wait = waitBeforeRetry(verdict, retryAfter, policy.backoff(retries), info,
                    response == null ? null : response.header("Retry-After"));
            retries++;
            sleepBeforeRetry(wait, info, inv, failure);
            listener.onRetry(new RetryEvent(call.cmdlet(), inv.clientRequestId(), retries, wait, reason(info)));
        }
    }

    /**
     * The wait before retrying a failure judged {@code verdict} (throttled or transient): the server's
     * {@code Retry-After} ({@code retryAfter}, from {@code header}) when it asks for a wait, else {@code backoff}.
     * "Retry-After: 0" (or a date gone by) asks for none: the backoff keeps a storm from looping at once. Past
     * {@link RetryPolicy#maxRetryAfter()} a 429 fails as throttled ({@link ThrottledException}); a 5xx is no
     * throttling, so it keeps the backoff.
     */
    public Duration waitBeforeRetry(Verdict verdict, Duration retryAfter, Duration backoff, ErrorInfo info,
                                    String header) {
        if (retryAfter == null || retryAfter.isZero()) {
            return backoff;
        }
        if (verdict == Verdict.THROTTLED) {
            checkRetryAfterCap(retryAfter, info, header);
            return retryAfter;
        }
        return retryAfter.compareTo(policy.maxRetryAfter()) <= 0 ? retryAfter : backoff;
    }

    /**
     * Refuses to sleep through a {@code Retry-After} longer than {@link RetryPolicy#maxRetryAfter()}: throws the
     * {@link ThrottledException} carrying the server's value instead.
     */
    private void checkRetryAfterCap(Duration retryAfter, ErrorInfo info, String header) {
        if (retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
            throw new ThrottledException(info.withMessage("throttled: the service asked to wait " + retryAfter
                    + " (Retry-After: " + header + "), longer than the client waits (RetryPolicy.maxRetryAfter "
                    + policy.maxRetryAfter() + "); not retried. Last error: " + info.message()), null, retryAfter);
        }
    }

    /** The exception for a failure that is not retried (again). */
    private ExchangeException finalFailure(ErrorInfo info, IOException failure, Call call, boolean connectFailed,
                                           Duration retryAfter, int attempts) {
        if (!call.idempotent() && RetryClassifier.mayHaveBeenApplied(info, connectFailed)) {
            return outcomeUnknown(info, failure, call.cmdlet(), attempts);
        }
        return ExceptionFactory.create(info, failure, retryAfter);
    }

    /** "Outcome unknown" for a write whose request may have reached the service. */
    public OutcomeUnknownException outcomeUnknown(ErrorInfo info, Throwable cause, String cmdlet, int attempts) {
        String why = policy.retryNonIdempotent()
                ? "it still failed after " + attempts + " attempts (RetryPolicy.retryNonIdempotent is on, so it may "
                        + "even have been applied more than once)"
                : "it was not retried because " + cmdlet + " is not idempotent: sending it again could apply it twice";
        return new OutcomeUnknownException(info.withMessage("outcome unknown: the request may have reached the "
                + "service and no answer says whether it was applied (" + info.message() + "); " + why
                + ". Check the object's state before repeating it"), cause);
    }

    /** Parses a failed response into an {@link ErrorInfo}; says so when its body could not be read whole. */
    public static ErrorInfo errorOf(WireResponse response, String cmdlet, String clientRequestId) {
        ErrorInfo info = ErrorBodyParser.parse(response.status(), response.text(), response.header("X-ExceptionType"),
                response.header("request-id"), cmdlet, clientRequestId);
        return response.bodyNote() == null ? info : info.withMessage(info.message() + " (" + response.bodyNote() + ")");
    }

    /** Waits {@code wait} unless it would cross the invocation's deadline (then throws the timeout). */
    public void sleepBeforeRetry(Duration wait, ErrorInfo last, Invocation inv, Throwable cause) {
        if (!fitsInBudget(wait, inv)) {
            throw overall(inv, last, cause);
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExchangeException(last.withCall(last.cmdlet(), last.clientRequestId()), e);
        }
    }

    private void acquire(Call call, Invocation inv) {
        try {
            if (rateLimiter != null) {
                rateLimiter.acquire();
            }
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(call, inv);
        }
    }

    private Duration requestTimeout(Call call, Invocation inv, ErrorInfo last) {
        String cmdlet = call.cmdlet();
        Duration timeout = requestTimeouts.apply(cmdlet, call.timeout());
        if (inv.deadline() != null) {
            Duration left = Duration.between(clock.instant(), inv.deadline());
            if (left.isNegative() || left.isZero()) {
                throw overall(inv, last != null ? last : new ErrorInfo(-1, null, null, "no attempt left in the budget",
                        null, null, null, cmdlet, inv.clientRequestId(), null), null);
            }
            if (left.compareTo(timeout) < 0) {
                timeout = left;
            }
        }
        return timeout;
    }

    /** Whether waiting {@code wait} now still leaves the invocation inside its overall budget. */
    public boolean fitsInBudget(Duration wait, Invocation inv) {
        return inv.deadline() == null || !clock.instant().plus(wait).isAfter(inv.deadline());
    }

    /** The exception for a call whose next attempt does not fit in the budget; {@code last} is its last failure. */
    public static InvocationTimeoutException overall(Invocation inv, ErrorInfo last, Throwable cause) {
        String message = "overall timeout " + inv.budget() + " exceeded; last error: " + last.message();
        return new InvocationTimeoutException(new ErrorInfo(last.httpStatus(), last.code(), last.exceptionType(),
                message, last.target(), last.category(), last.stringId(), last.cmdlet(), last.clientRequestId(),
                last.serverRequestId()), cause);
    }

    private static ErrorInfo networkError(IOException failure, Call call, Invocation inv, Duration timeout) {
        boolean incomplete = failure instanceof WholeExchange.IncompleteAnswerException;
        String message = incomplete ? failure.getMessage() // says whether the headers had arrived
                : failure instanceof HttpTimeoutException ? "no response within " + timeout + " (request timeout)"
                : "network failure: " + failure.getClass().getSimpleName()
                        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        // the JDK's type, not the internal class that only carries the message
        String type = incomplete ? HttpTimeoutException.class.getName() : failure.getClass().getName();
        return new ErrorInfo(-1, null, type, message, null, null, null, call.cmdlet(), inv.clientRequestId(), null);
    }

    private static ExchangeException interrupted(Call call, Invocation inv) {
        return new ExchangeException(new ErrorInfo(-1, null, null, "interrupted", null, null, null, call.cmdlet(),
                inv.clientRequestId(), null));
    }

    private static String reason(ErrorInfo info) {
        return (info.httpStatus() < 0 ? "network" : "HTTP " + info.httpStatus())
                + (info.exceptionType() == null ? "" : " " + info.exceptionSimpleName());
    }
}
