package dev.exobindings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.bench.exo.GetMailbox;
import dev.exobindings.bench.exo.model.Mailbox;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.StreamOptions;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.simulator.ExoSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading every mailbox of a 10 000-mailbox simulated tenant in pages of 1000.
 * Baseline: {@link #rawHttpClientLoop()} — the JDK HttpClient posting the body and following
 * {@code @odata.nextLink} by hand, Jackson trees, no retries, no limits. The runtime adds headers, retries,
 * the concurrency limit, lazy streaming and (for records and models) mapping.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PagingBenchmark {
    private static final int MAILBOXES = 10_000;
    private static final String TOKEN = "bench-token";
    private static final String BODY =
            "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{\"ResultSize\":\"Unlimited\"}}}";

    /** The columns the record asks for; the runtime sends them as $select. */
    public record MailboxRow(String displayName, String userPrincipalName) {
    }

    private ExoSimulator simulator;
    private ExchangeClient client;
    private HttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup
    public void start() {
        simulator = ExoSimulator.builder().seed(1).mailboxes(MAILBOXES).token(TOKEN).build().start();
        client = ExchangeClient.builder()
                .tenant(simulator.tenant().domains().initialDomain())
                .endpoint(simulator.baseUri())
                .tokenProvider(request -> new AccessToken(TOKEN, Instant.MAX))
                .build();
        http = HttpClient.newHttpClient();
        long runtimeRows = runtimeJsonStream();
        long rawRows = rawHttpClientLoop();
        if (runtimeRows != MAILBOXES || rawRows != MAILBOXES) {
            throw new IllegalStateException("expected " + MAILBOXES + " rows, runtime " + runtimeRows + ", raw " + rawRows);
        }
    }

    @TearDown
    public void stop() {
        client.close();
        simulator.close();
    }

    @Benchmark
    public long rawHttpClientLoop() {
        try {
            URI next = simulator.invokeCommandUri();
            long rows = 0;
            while (next != null) {
                HttpRequest request = HttpRequest.newBuilder(next)
                        .header("Authorization", "Bearer " + TOKEN)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Prefer", "odata.maxpagesize=1000")
                        .POST(HttpRequest.BodyPublishers.ofString(BODY))
                        .build();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                JsonNode page = mapper.readTree(response.body());
                rows += page.path("value").size();
                JsonNode link = page.get("@odata.nextLink");
                next = link == null ? null : URI.create(link.asText());
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public long runtimeJsonStream() {
        try (Stream<JsonNode> rows = client.stream(GetMailbox.all().resultSize(ResultSize.unlimited()),
                StreamOptions.defaults())) { // options: the untyped JsonNode form
            return rows.count();
        }
    }

    /** Typed rows without a class argument: every page streamed straight into the generated {@code Mailbox}. */
    @Benchmark
    public long runtimeTypedStream() {
        try (Stream<Mailbox> rows = client.stream(GetMailbox.all().resultSize(ResultSize.unlimited()))) {
            return rows.count();
        }
    }

    @Benchmark
    public long runtimeRecordStreamWithSelect() {
        try (Stream<MailboxRow> rows = client.stream(GetMailbox.all().resultSize(ResultSize.unlimited()), MailboxRow.class)) {
            return rows.count();
        }
    }
}
