package dev.exobindings.runtime.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/** A small loopback stand-in for the InvokeCommand service: scripted replies, recorded requests. */
public final class TestServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Recorded> requests = new ArrayList<>();
    private final Deque<Reply> queue = new ArrayDeque<>();
    private volatile Function<Recorded, Reply> handler;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger droppedTrickles = new AtomicInteger();

    /** One request as the server saw it. Header names are lower-case. */
    public record Recorded(String method, URI uri, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String path() {
            return uri.getRawPath();
        }
    }

    /**
     * A scripted reply. {@code gzip} compresses the body (headers decide separately what is announced);
     * {@code trickle}, when not null, sends the headers at once and then the body one byte per {@code trickle}.
     */
    public record Reply(int status, Map<String, String> headers, byte[] body, boolean gzip, Duration trickle) {
        public Reply(int status, Map<String, String> headers, byte[] body, boolean gzip) {
            this(status, headers, body, gzip, null);
        }

        public static Reply json(int status, String json) {
            return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                    json.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Reply json(String json) {
            return json(200, json);
        }

        public static Reply text(int status, String contentType, String text) {
            return new Reply(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8), false);
        }

        /** Drops the connection without answering (what a reset looks like to the client). */
        public static Reply reset() {
            return new Reply(0, Map.of(), new byte[0], false);
        }

        public static Reply empty(int status) {
            return new Reply(status, Map.of(), new byte[0], false);
        }

        public Reply header(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body, gzip, trickle);
        }

        public Reply gzipped() {
            return new Reply(status, headers, body, true, trickle);
        }

        /**
         * Headers (with the full Content-Length) at once, then one byte of the body per {@code every}: a server
         * that answers and then stalls. It stops when the client drops the connection or the server is closed.
         */
        public Reply trickled(Duration every) {
            return new Reply(status, headers, body, gzip, every);
        }
    }

    public TestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The InvokeCommand URL for tenant {@code contoso.onmicrosoft.com} plus {@code suffix}. */
    public String invokeUrl(String suffix) {
        return base() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand" + suffix;
    }

    public TestServer enqueue(Reply... replies) {
        synchronized (queue) {
            queue.addAll(List.of(replies));
        }
        return this;
    }

    /** Answers every request not served by the queue. */
    public TestServer handler(Function<Recorded, Reply> handler) {
        this.handler = handler;
        return this;
    }

    /** How many trickled bodies ended because the client closed the connection. */
    public int droppedTrickles() {
        return droppedTrickles.get();
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Thrown to make the server close the connection without a response. */
    private static final class Dropped extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (Dropped e) {
            throw e;
        } catch (IOException | RuntimeException | Error e) {
            System.err.println("test server failed: " + e);
            throw e;
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
            Recorded rec = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI(), headers,
                    exchange.getRequestBody().readAllBytes());
            synchronized (requests) {
                requests.add(rec);
            }
            Reply reply;
            synchronized (queue) {
                reply = queue.poll();
            }
            if (reply == null) {
                Function<Recorded, Reply> h = handler;
                reply = h != null ? h.apply(rec) : Reply.text(500, "text/plain", "no reply scripted");
            }
            if (reply.status() == 0) {
                throw new Dropped();
            }
            byte[] body = reply.gzip() ? gzip(reply.body()) : reply.body();
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (reply.trickle() != null) {
                trickle(exchange, reply.status(), body, reply.trickle());
                return;
            }
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private void trickle(HttpExchange exchange, int status, byte[] body, Duration every) throws IOException {
        try {
            exchange.sendResponseHeaders(status, body.length);
            OutputStream out = exchange.getResponseBody();
            for (byte b : body) {
                if (closing.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new Dropped(); // the test is over
                }
                out.write(b);
                out.flush();
            }
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Dropped();
        } catch (Dropped e) {
            throw e;
        } catch (IOException e) {
            droppedTrickles.incrementAndGet(); // the client gave up and closed the connection
            throw new Dropped();
        }
    }

    static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(plain);
        }
        return buf.toByteArray();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
