package dev.exobindings.runtime.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit. The JDK's {@code ofByteArray()} reads whatever the server sends;
 * a broken or hostile answer of gigabytes would exhaust the heap before anything could be reported. Past the limit
 * the subscription is cancelled (the connection is dropped). A 2xx body is the result, so it must be whole: it
 * completes with {@link TooLargeException}. Any other status's body only explains the status, which decides what
 * happens next (a retry, "outcome unknown" for a write): it completes with the bytes that fit.
 */
public final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    // Kept as received and joined once at the end, as the JDK's own byte-array subscriber does: one copy per byte.
    private final List<ByteBuffer> received = new ArrayList<>();
    private long size;
    private final int limit;
    private final int status;
    private final boolean cutAtLimit;
    private Flow.Subscription subscription;

    private BoundedBody(int limit, int status) {
        this.limit = limit;
        this.status = status;
        this.cutAtLimit = status < 200 || status >= 300;
    }

    /** A handler whose bodies may hold at most {@code limit} bytes. */
    public static HttpResponse.BodyHandler<byte[]> handler(int limit) {
        return info -> new BoundedBody(limit, info.statusCode());
    }

    /** The body-over-the-limit report in {@code e}'s causes ({@code HttpClient.send} wraps it), or null. */
    public static TooLargeException tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            long room = limit - size;
            if (item.remaining() > room) {
                // completed before cancelling, so nothing the cancellation may signal can replace the outcome
                if (cutAtLimit) {
                    received.add(item.slice().limit((int) room));
                    size = limit;
                    complete();
                } else {
                    received.clear();
                    body.completeExceptionally(new TooLargeException(limit, status));
                }
                subscription.cancel();
                return;
            }
            size += item.remaining();
            received.add(item);
        }
    }

    @Override
    public void onError(Throwable t) {
        received.clear();
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (!body.isDone()) {
            complete();
        }
    }

    private void complete() {
        byte[] all = new byte[(int) size];
        int at = 0;
        for (ByteBuffer item : received) {
            int n = item.remaining();
            item.get(all, at, n);
            at += n;
        }
        received.clear();
        body.complete(all);
    }

    /** A body, as received or once gunzipped, longer than the limit. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        TooLargeException(long limit, int status) {
            super("the response body is larger than " + limit + " bytes");
            this.status = status;
        }

        /** The HTTP status of the response whose body it is. */
        int status() {
            return status;
        }
    }
}
