package dev.exobindings.runtime.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One exchange — status line, headers and body — bounded by one timeout. {@code HttpRequest.timeout} only runs
 * until the headers arrive: a server that sends them and then trickles the body would hold the call, and the
 * invocation's overall budget with it, for as long as it keeps the connection open.
 */
public final class WholeExchange {
    private WholeExchange() {
    }

    /**
     * As {@link HttpClient#send}, but the whole answer must be in within {@code timeout}; past it the exchange is
     * cancelled (which, since JDK 16, aborts it and closes its connection) and {@link IncompleteAnswerException}
     * is thrown. Failures come as {@code send} reports them: its {@link IOException}s, its runtime exceptions.
     */
    public static <T> HttpResponse<T> send(HttpClient client, HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                    Duration timeout) throws IOException, InterruptedException {
        AtomicInteger status = new AtomicInteger(-1);
        CompletableFuture<HttpResponse<T>> future = client.sendAsync(request, info -> {
            status.set(info.statusCode()); // the headers are in: only the body can still be missing
            return handler.apply(info);
        });
        try {
            return future.get(nanos(timeout), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new IncompleteAnswerException(timeout, status.get());
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw asIoException(e.getCause());
        }
    }

    /** The failure of an exchange as {@code send} throws it: I/O exceptions as they are, unchecked ones rethrown. */
    private static IOException asIoException(Throwable cause) {
        Throwable t = cause;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (t instanceof Error error) {
            throw error;
        }
        return new IOException(t == null ? "the exchange failed" : t.toString(), t);
    }

    private static long nanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) { // beyond ~292 years: as good as no limit
            return Long.MAX_VALUE;
        }
    }

    /**
     * The whole answer was not in within the request timeout. An {@link HttpTimeoutException}, as the JDK's own
     * header timeout is, so it is handled the same way: a network failure after sending (retried for reads,
     * "outcome unknown" for writes). Its message is the one the caller's error reports.
     */
    static final class IncompleteAnswerException extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        IncompleteAnswerException(Duration timeout, int status) {
            super(status < 0 ? "no response within " + timeout + " (request timeout)"
                    : "no complete answer within " + timeout + " (request timeout): HTTP " + status
                            + " and its headers arrived, the body did not finish in time");
        }
    }
}
