package dev.exobindings.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.bench.exo.GetMailbox;
import dev.exobindings.bench.exo.model.Mailbox;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.paging.PageParser;
import dev.exobindings.runtime.paging.RowReader;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.simulator.ExoSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Binding one page (1000 Get-Mailbox rows from the simulator, every one of the 260 {@code Mailbox} properties
 * present, most of them null as the service sends unset ones) to the generated {@code Mailbox} model, against
 * plain Jackson binding the same rows to a hand-written record of the 32 columns the simulator fills (the others
 * ignored). Two pairs: from a parsed row tree, and from the page's bytes (the runtime's paging path, which streams).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TypedBindingBenchmark {
    private static final String TOKEN = "bench-token";
    private static final int ROWS = 1000;

    /** The hand-written record: what a user writes today for these rows. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HandMailbox(@JsonProperty("Name") String name, @JsonProperty("Identity") String identity,
                              @JsonProperty("Id") String id, @JsonProperty("DisplayName") String displayName,
                              @JsonProperty("Alias") String alias,
                              @JsonProperty("UserPrincipalName") String userPrincipalName,
                              @JsonProperty("PrimarySmtpAddress") String primarySmtpAddress,
                              @JsonProperty("WindowsEmailAddress") String windowsEmailAddress,
                              @JsonProperty("EmailAddresses") List<String> emailAddresses,
                              @JsonProperty("RecipientType") String recipientType,
                              @JsonProperty("RecipientTypeDetails") String recipientTypeDetails,
                              @JsonProperty("ExchangeGuid") UUID exchangeGuid, @JsonProperty("Guid") UUID guid,
                              @JsonProperty("ExternalDirectoryObjectId") String externalDirectoryObjectId,
                              @JsonProperty("DistinguishedName") String distinguishedName,
                              @JsonProperty("Office") String office,
                              @JsonProperty("IssueWarningQuota") String issueWarningQuota,
                              @JsonProperty("ProhibitSendQuota") String prohibitSendQuota,
                              @JsonProperty("ProhibitSendReceiveQuota") String prohibitSendReceiveQuota,
                              @JsonProperty("UseDatabaseQuotaDefaults") Boolean useDatabaseQuotaDefaults,
                              @JsonProperty("HiddenFromAddressListsEnabled") Boolean hiddenFromAddressListsEnabled,
                              @JsonProperty("ForwardingSmtpAddress") String forwardingSmtpAddress,
                              @JsonProperty("DeliverToMailboxAndForward") Boolean deliverToMailboxAndForward,
                              @JsonProperty("LitigationHoldEnabled") Boolean litigationHoldEnabled,
                              @JsonProperty("ArchiveStatus") String archiveStatus,
                              @JsonProperty("GrantSendOnBehalfTo") List<String> grantSendOnBehalfTo,
                              @JsonProperty("CustomAttribute1") String customAttribute1,
                              @JsonProperty("IsMailboxEnabled") Boolean isMailboxEnabled,
                              @JsonProperty("Database") String database, @JsonProperty("WhenCreated") String whenCreated,
                              @JsonProperty("WhenCreatedUTC") String whenCreatedUtc,
                              @JsonProperty("WhenChanged") String whenChanged) {
    }

    /** A page as plain Jackson reads it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HandPage(@JsonProperty("value") List<HandMailbox> value) {
    }

    private static final RowReader<Mailbox> MODELS = RowReader.models(Mailbox.MODEL_TYPE);
    private final ObjectMapper mapper = new ObjectMapper();
    private List<JsonNode> rows;
    private byte[] page;

    @Setup
    public void fetchRows() {
        try (ExoSimulator simulator = ExoSimulator.builder().seed(1).mailboxes(ROWS).token(TOKEN).build().start();
             ExchangeClient client = ExchangeClient.builder().tenant(simulator.tenant().domains().initialDomain())
                     .endpoint(simulator.baseUri()).tokenProvider(r -> new AccessToken(TOKEN, Instant.MAX)).build()) {
            rows = client.invoke(GetMailbox.all().resultSize(ResultSize.unlimited())).rows();
        }
        page = mapper.createObjectNode().set("value", mapper.valueToTree(rows)).toString().getBytes();
        if (rows.size() != ROWS || rows.get(0).size() < 260) {
            throw new IllegalStateException("expected " + ROWS + " full Mailbox rows, got " + rows.size());
        }
        Mailbox typed = Mailbox.MODEL_TYPE.read(rows.get(7));
        HandMailbox hand = treeToValue(rows.get(7));
        try {
            List<Mailbox> streamed = PageParser.read(page, MODELS, null, null).rows();
            if (streamed.size() != ROWS || !streamed.get(7).equals(typed)) {
                throw new IllegalStateException("the streaming read differs from the tree read: " + streamed.get(7));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Objects.equals(typed.primarySmtpAddress(), hand.primarySmtpAddress())
                || !Objects.equals(typed.exchangeGuid(), hand.exchangeGuid())
                || !Objects.equals(typed.emailAddresses(), hand.emailAddresses()) || !typed.extraProperties().isEmpty()) {
            throw new IllegalStateException("the two bindings disagree: " + typed + " / " + hand);
        }
    }

    private HandMailbox treeToValue(JsonNode row) {
        try {
            return mapper.treeToValue(row, HandMailbox.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Baseline of the tree pair: plain Jackson, tree → hand-written record. */
    @Benchmark
    public void handRecordFromTree(Blackhole bh) {
        for (JsonNode row : rows) {
            bh.consume(treeToValue(row));
        }
    }

    @Benchmark
    public void generatedModelFromTree(Blackhole bh) {
        for (JsonNode row : rows) {
            bh.consume(Mailbox.MODEL_TYPE.read(row));
        }
    }

    /** Baseline of the bytes pair: plain Jackson streaming the page into hand-written records. */
    @Benchmark
    public void handRecordFromBytes(Blackhole bh) throws IOException {
        bh.consume(mapper.readValue(page, HandPage.class));
    }

    /**
     * The runtime's paging path: the page parser streams the body and hands each row of {@code value} to the
     * model's streaming read ({@code ModelType.read(JsonParser)}); no tree of the page or of a row is built.
     */
    @Benchmark
    public void generatedModelFromBytes(Blackhole bh) throws IOException {
        bh.consume(PageParser.read(page, MODELS, null, null).rows());
    }

    /** The path before streaming, for comparison: the page parsed into a tree, then each row's tree bound. */
    @Benchmark
    public void generatedModelFromPageTree(Blackhole bh) throws IOException {
        for (JsonNode row : mapper.readTree(page).get("value")) {
            bh.consume(Mailbox.MODEL_TYPE.read(row));
        }
    }
}
