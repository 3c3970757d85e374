package dev.exobindings.capture;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A loopback server that answers EXOModuleFile with a fixed body and {@code $metadata} with a tiny CSDL. */
final class FakeService implements AutoCloseable {
    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    FakeService(int status, String moduleFileBody) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            boolean metadata = exchange.getRequestURI().getPath().endsWith("$metadata");
            byte[] body = (metadata ? "<edmx:Edmx Version=\"4.0\"/>" : moduleFileBody).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(metadata ? 200 : status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** Requests answered so far. */
    int requests() {
        return requests.get();
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
