package dev.exobindings.capture;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A loopback server that answers EXOModuleFile with a fixed body and {@code $metadata} with a tiny CSDL. */
final class FakeService implements AutoCloseable {
    /** The smallest CSDL the generator reads: one schema with one entity type. */
    static final String SMALL_CSDL = """
            <?xml version="1.0" encoding="utf-8"?>
            <edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
            <edmx:DataServices>
            <Schema Namespace="Exchange" xmlns="http://docs.oasis-open.org/odata/ns/edm">
            <EntityType Name="Mailbox">
              <Property Name="DisplayName" Type="Edm.String" />
            </EntityType>
            </Schema>
            </edmx:DataServices>
            </edmx:Edmx>
            """;

    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    FakeService(int status, String moduleFileBody) throws IOException {
        this(status, moduleFileBody, SMALL_CSDL);
    }

    FakeService(int status, String moduleFileBody, String metadataBody) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            boolean metadata = exchange.getRequestURI().getPath().endsWith("$metadata");
            byte[] body = (metadata ? metadataBody : moduleFileBody).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(metadata ? 200 : status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The EXOModuleFile answer carrying {@code moduleText} as its one file, JSON-escaped as the service sends it. */
    static String moduleAnswer(String moduleText) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("value", List.of(Map.of(
                    "fileName", "ExchangeOnline.psm1", "fileContent", moduleText))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
