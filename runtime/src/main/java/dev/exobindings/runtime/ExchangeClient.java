package dev.exobindings.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.http.AnchorResolver;
import dev.exobindings.runtime.http.CallExecutor;
import dev.exobindings.runtime.http.Invocation;
import dev.exobindings.runtime.http.RegionalHostDiscovery;
import dev.exobindings.runtime.http.ServiceHosts;
import dev.exobindings.runtime.limit.ConcurrencyLimiter;
import dev.exobindings.runtime.limit.RateLimiter;
import dev.exobindings.runtime.mapping.RowMapper;
import dev.exobindings.runtime.paging.Page;
import dev.exobindings.runtime.paging.PageParser;
import dev.exobindings.runtime.paging.PageSequence;
import dev.exobindings.runtime.paging.RowReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Runs Exchange Online cmdlets over the REST {@code InvokeCommand} endpoint of one tenant.
 * Thread-safe; create one per tenant and {@link #close()} it when done. Every method copies the request it is
 * given when it is called (parameters included), so a builder may be reused as a template or changed while an
 * async call, a retry or a later page of the earlier call is still running.
 *
 * <pre>{@code
 * try (ExchangeClient exo = ExchangeClient.builder().tenant("contoso.onmicrosoft.com")
 *         .credentials(creds).build()) {
 *     InvokeResult r = exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "vasil"));
 * }
 * }</pre>
 */
public final class ExchangeClient implements AutoCloseable {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private final InvokeEngine engine;
    private final BatchRunner batches;
    private final ExecutorService async;
    private final ExecutorService batchPool;
    private final String tenant;
    private final ConfirmationHandler highImpactConfirmation;
    private final ServiceHosts hosts;
    private volatile boolean closed;

    ExchangeClient(ExchangeClientBuilder b, TokenProvider tokens) {
        this.tenant = b.tenant;
        this.highImpactConfirmation = b.highImpactConfirmation;
        HttpClient http = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(b.timeouts.connect())
                        .followRedirects(HttpClient.Redirect.NEVER).build();
        ConcurrencyLimiter limiter = new ConcurrencyLimiter(b.maxConcurrency);
        RateLimiter rate = b.rateLimit == null ? null : new RateLimiter(b.rateLimit, b.clock, b.sleeper);
        String connectionId = UUID.randomUUID().toString();
        boolean compliance = b.service == Service.SECURITY_COMPLIANCE;
        AnchorResolver anchors = new AnchorResolver(b.tenant, b.anchorMailbox, b.parameterBasedRouting,
                compliance ? "UPN:" : "APP:");
        this.hosts = compliance
                ? ServiceHosts.discovered(http, b.complianceRules(), b.tenant, tokens, b.effectiveScope(), anchors,
                        connectionId, b.timeouts.requestTimeout(RegionalHostDiscovery.BOOTSTRAP), b.clock,
                        b.maxResponseBytes)
                : ServiceHosts.fixed(http, b.endpoint != null ? b.endpoint : b.cloud.restBase(), b.tenant, b.clock,
                        b.maxResponseBytes);
        CallExecutor executor = new CallExecutor(hosts.sender(), tokens, b.effectiveScope(), limiter, rate,
                b.retryPolicy, b.timeouts::requestTimeout, b.clock, b.sleeper, b.listener);
        this.engine = new InvokeEngine(hosts.endpoints(), anchors, connectionId, b.secretEncoder, b.pageSize,
                b.maxPages, executor, b.listener, b.timeouts);
        this.async = Executors.newFixedThreadPool(b.maxConcurrency, r -> daemon(r, "exo-bindings-"));
        // Chunks get their own pool: invokeAllAsync runs on 'async', and chunks queued behind it there could wait
        // for the very thread that waits for them.
        this.batchPool = Executors.newFixedThreadPool(b.maxConcurrency, r -> daemon(r, "exo-bindings-batch-"));
        this.batches = new BatchRunner(engine, b.batchSize, this::invoke, batchPool, this::needsValidationFlow);
    }

    private static Thread daemon(Runnable r, String prefix) {
        Thread t = new Thread(r, prefix + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    }

    /** Starts configuring a client. */
    public static ExchangeClientBuilder builder() {
        return new ExchangeClientBuilder();
    }

    /**
     * Runs {@code request} and returns every row (following pages per its ResultSize). Confirm as the module: a
     * High-impact cmdlet (or one of unknown impact) runs with {@code "Confirm": false}, or through the validation
     * flow when the client was built with {@code confirmHighImpact(handler)}; other cmdlets send no Confirm key.
     */
    public InvokeResult invoke(CmdletRequest request) {
        if (needsValidationFlow(request)) {
            return invoke(request, highImpactConfirmation);
        }
        return run(request, InvokeEngine.defaultMode(request));
    }

    /**
     * Runs {@code request} in an explicit mode: {@link ConfirmMode#EXECUTE} sends {@code "Confirm": false} (as
     * {@code -Confirm:$false}), {@link ConfirmMode#VALIDATE} only the validation call, {@link ConfirmMode#NONE} no
     * Confirm key. Cmdlets without ShouldProcess have no Confirm or WhatIf: EXECUTE and NONE run them as they are.
     *
     * @throws IllegalArgumentException for VALIDATE or WHAT_IF on a cmdlet without ShouldProcess: the service would
     *                                  run it, which is what those modes promise not to do
     */
    public InvokeResult invoke(CmdletRequest request, ConfirmMode mode) {
        java.util.Objects.requireNonNull(mode, "mode");
        if ((mode == ConfirmMode.VALIDATE || mode == ConfirmMode.WHAT_IF) && !request.supportsShouldProcess()) {
            throw noShouldProcess(request, mode == ConfirmMode.WHAT_IF ? "-WhatIf" : "-Confirm",
                    "ConfirmMode." + mode + " would run it");
        }
        return run(request, mode);
    }

    private static IllegalArgumentException noShouldProcess(CmdletRequest request, String parameter, String why) {
        return new IllegalArgumentException(request.cmdletName() + " does not support " + parameter
                + " (no ShouldProcess): " + why + "; invoke(request) runs it");
    }

    private boolean needsValidationFlow(CmdletRequest request) {
        return highImpactConfirmation != null && InvokeEngine.confirmsByDefault(request);
    }

    /**
     * The module's confirmation flow: a validation call ({@code Confirm:true}); if the service answers with
     * {@code @adminapi.confirmationmessage}, {@code handler} decides whether the execution call
     * ({@code Confirm:false}) follows. A declined call returns a result with {@code executed() == false}. A validation
     * call answered without a confirmation message already ran, and its result is returned.
     *
     * @throws IllegalArgumentException for a cmdlet without ShouldProcess: there is no validation call, so the
     *                                  handler could not be asked before it runs
     */
    public InvokeResult invoke(CmdletRequest request, ConfirmationHandler handler) {
        if (!request.supportsShouldProcess()) {
            throw noShouldProcess(request, "-Confirm", "the service runs it without a validation call, so the handler"
                    + " could not be asked first");
        }
        InvokeResult validation = run(request, ConfirmMode.VALIDATE);
        String message = validation.confirmationMessage();
        if (message == null) {
            return validation;
        }
        if (!handler.confirm(request, message)) {
            return new InvokeResult(List.of(), validation.warnings(), validation.errors(), validation.requestId(),
                    validation.serverRequestId(), validation.backendServer(), validation.pagesFetched(), message, false);
        }
        InvokeResult done = run(request, ConfirmMode.EXECUTE);
        return new InvokeResult(done.rows(), done.warnings(), done.errors(), done.requestId(), done.serverRequestId(),
                done.backendServer(), done.pagesFetched(), message, true, done.truncated());
    }

    /**
     * Sends {@code WhatIf:true} and returns what the service says would happen
     * ({@code @adminapi.confirmationmessage}, else the warnings joined by newlines, else "").
     *
     * @throws IllegalArgumentException when the cmdlet does not support -WhatIf
     */
    public String whatIf(CmdletRequest request) {
        if (!request.supportsShouldProcess()) {
            throw noShouldProcess(request, "-WhatIf", "the service would run it");
        }
        InvokeResult r = run(request, ConfirmMode.WHAT_IF);
        return r.confirmationMessage() != null ? r.confirmationMessage() : String.join("\n", r.warnings());
    }

    /**
     * Every row of every page, fetched lazily one page at a time; close the stream to stop early.
     * <p>Unlike {@link #invoke(CmdletRequest)}, a stream follows every {@code @odata.nextLink} even when the
     * request has no ResultSize: rows are read one page at a time, so there is no memory reason to stop after the
     * first page. It does not add a ResultSize the caller did not write (not every cmdlet has one), so the
     * service's own default (1000 rows for most listing cmdlets) still applies: when it cuts the list,
     * {@link RowStream#truncated()} turns true at the end and a WARN log names the cmdlet. Pass
     * {@code ResultSize.unlimited()} to get every row.
     */
    public RowStream<JsonNode> stream(CmdletRequest request) {
        return stream(request, StreamOptions.defaults());
    }

    /**
     * As {@link #stream(CmdletRequest)}, with {@code $select} and a warning consumer. A typed request's own
     * {@code select(…)} is sent when the options choose nothing.
     *
     * @throws IllegalArgumentException when the request's {@code select(…)} and the options' selection (or
     *                                  {@code noSelection()}) disagree
     */
    public RowStream<JsonNode> stream(CmdletRequest request, StreamOptions options) {
        List<String> chosen = FrozenRequest.selection(request);
        List<String> select = options.noSelect() ? List.of() : options.select();
        if (!chosen.isEmpty() && select.isEmpty() && !options.noSelect()) {
            select = chosen;
        } else if (!chosen.isEmpty() && !chosen.equals(select)) {
            throw new IllegalArgumentException(request.cmdletName() + ": the request already selects " + chosen
                    + " and the stream options " + (options.noSelect() ? "select nothing (noSelection())"
                    : "select " + select) + " — keep one of the two");
        }
        return rows(request, select, RowReader.TREES, options);
    }

    /**
     * Rows mapped to {@code type} (a record or POJO); sends {@code $select} for exactly its properties unless
     * {@code StreamOptions.noSelection()} is used.
     *
     * @throws IllegalArgumentException when {@code request} is a typed request that chose properties with
     *                                  {@code select(…)}: the row type selects its own, and one of the two
     *                                  selections would be dropped without a word
     */
    public <T> RowStream<T> stream(CmdletRequest request, Class<T> type) {
        return stream(request, type, StreamOptions.defaults());
    }

    /** As {@link #stream(CmdletRequest, Class)} with options ({@code select} overrides the derived list). */
    public <T> RowStream<T> stream(CmdletRequest request, Class<T> type, StreamOptions options) {
        RowMapper<T> mapper = RowMapper.of(type);
        List<String> chosen = FrozenRequest.selection(request);
        if (!chosen.isEmpty()) {
            throw new IllegalArgumentException(request.cmdletName() + ": the request already selects " + chosen
                    + "; a " + (type.isRecord() ? "record" : "class") + " row type (" + type.getSimpleName()
                    + ") selects its own " + (type.isRecord() ? "components " : "properties ")
                    + mapper.propertyNames() + " — drop .select(...) or use stream(request) for the model");
        }
        ResultTypeCheck.check(request, type, mapper.propertyNames());
        List<String> select = options.noSelect() ? List.of()
                : options.select().isEmpty() ? mapper.propertyNames() : options.select();
        return rows(request, select, RowReader.TREES, options).mapRows(mapper::map);
    }

    /**
     * The rows of a request whose result has a model, as models ({@code List<Mailbox>} for {@code GetMailbox.all()});
     * sends {@code $select} when the request chose properties with {@code select(…)}. It gets the rows
     * {@link #invoke(CmdletRequest)} gets: what the request's ResultSize asks for, and without one the first page
     * (the module's rule; the service's own default is 1000 rows). When rows were left, {@link RowList#truncated()}
     * is true and a WARN names the cmdlet; add {@code resultSize(ResultSize.unlimited())} for every row.
     */
    public <R> RowList<R> list(TypedCmdletRequest<R> request) {
        checkOpen();
        CmdletRequest frozen = FrozenRequest.of(request);
        Invocation inv = engine.newInvocation(frozen);
        List<R> rows = new java.util.ArrayList<>();
        try (PageSequence<R> pages = engine.pages(frozen, ConfirmMode.EXECUTE, FrozenRequest.selection(frozen),
                RowReader.models(request.resultType()), inv, null, null, false)) {
            pages.forEachRemaining(page -> rows.addAll(page.rows()));
            return new RowList<>(rows, pages.truncated());
        }
    }

    /**
     * Rows of a typed request as models, fetched lazily one page at a time (constant memory), following every
     * nextLink as {@link #stream(CmdletRequest)} does; close the stream to stop early. {@link RowStream#truncated()}
     * says at the end whether the service's default cut the list. For {@code JsonNode} rows use
     * {@link #stream(CmdletRequest, StreamOptions)}.
     */
    public <R> RowStream<R> stream(TypedCmdletRequest<R> request) {
        return rows(request, request.selection(), RowReader.models(request.resultType()), StreamOptions.defaults());
    }

    /** {@link #invokeAll(List)} of typed requests: each item also carries its rows as models. */
    @SafeVarargs
    public final <R> List<TypedBatchResult<R>> invokeAll(TypedCmdletRequest<R>... requests) {
        return invokeAllTyped(List.of(requests));
    }

    /** {@link #invokeAll(List)} of typed requests: each item also carries its rows as models. */
    public <R> List<TypedBatchResult<R>> invokeAllTyped(List<? extends TypedCmdletRequest<R>> requests) {
        List<BatchItemResult> items = invokeAll(requests);
        List<TypedBatchResult<R>> out = new java.util.ArrayList<>(items.size());
        for (BatchItemResult listed : items) {
            // models are read from objects: a row that is not one makes the item's answer unreadable, as when streamed
            ExchangeException notObject = listed.isSuccess() ? PageParser.nonObjectRow(listed.result().rows(),
                    listed.request().cmdletName(), listed.result().requestId(), listed.result().serverRequestId())
                    : null;
            BatchItemResult item = notObject == null ? listed
                    : BatchItemResult.failure(listed.index(), listed.request(), notObject);
            List<R> rows = item.isSuccess()
                    ? item.result().rows().stream().map(requests.get(item.index()).resultType()::read).toList()
                    : List.of();
            out.add(new TypedBatchResult<>(item, rows));
        }
        return out;
    }

    /**
     * Runs many requests through {@code $batch} (10 per call by default; the calls run in parallel within
     * {@code maxConcurrency}). One result per request, in input order; a failed item carries its typed exception
     * and never hides the others; {@link BatchItemResult#outcomeUnknown()} marks a write that may have been applied.
     */
    public List<BatchItemResult> invokeAll(List<? extends CmdletRequest> requests) {
        checkOpen();
        return withOriginals(batches.run(FrozenRequest.all(requests)), requests);
    }

    /** {@link #invoke(CmdletRequest)} on the client's executor (bounded by maxConcurrency). */
    public CompletableFuture<InvokeResult> invokeAsync(CmdletRequest request) {
        checkOpen();
        CmdletRequest frozen = FrozenRequest.of(request); // now: the caller may change or reuse its builder
        return CompletableFuture.supplyAsync(() -> invoke(frozen), async);
    }

    /** {@link #invokeAll(List)} on the client's executor. */
    public CompletableFuture<List<BatchItemResult>> invokeAllAsync(List<? extends CmdletRequest> requests) {
        checkOpen();
        List<CmdletRequest> frozen = FrozenRequest.all(requests);
        List<CmdletRequest> originals = List.copyOf(requests);
        return CompletableFuture.supplyAsync(() -> withOriginals(batches.run(frozen), originals), async);
    }

    /** The results with the caller's own request objects (the runtime sent frozen copies of them). */
    private static List<BatchItemResult> withOriginals(List<BatchItemResult> results,
                                                       List<? extends CmdletRequest> originals) {
        List<BatchItemResult> out = new java.util.ArrayList<>(results.size());
        for (BatchItemResult r : results) {
            out.add(new BatchItemResult(r.index(), originals.get(r.index()), r.result(), r.failure()));
        }
        return List.copyOf(out);
    }

    /**
     * The host this client's calls go to: the configured one, or for Security &amp; Compliance the regional host,
     * discovered now if no call has yet (e.g. to download the module from it, as capture does).
     *
     * @throws dev.exobindings.runtime.error.HostDiscoveryException when discovery fails
     */
    public URI serviceHost() {
        checkOpen();
        return engine.endpoint().base();
    }

    /** Stops the async executor; later calls fail. */
    @Override
    public void close() {
        closed = true;
        async.shutdown();
        batchPool.shutdown();
    }

    @Override
    public String toString() {
        return "ExchangeClient[tenant=" + tenant + ", endpoint=" + hosts.describe() + "]";
    }

    private InvokeResult run(CmdletRequest original, ConfirmMode mode) {
        checkOpen();
        CmdletRequest request = FrozenRequest.of(original);
        Invocation inv = engine.newInvocation(request);
        try (PageSequence<JsonNode> pages = engine.pages(request, mode, FrozenRequest.selection(request),
                RowReader.TREES, inv, null, null, false)) {
            return engine.collect(pages, inv);
        }
    }

    private <R> RowStream<R> rows(CmdletRequest original, List<String> select, RowReader<R> reader,
                                  StreamOptions options) {
        checkOpen();
        CmdletRequest request = FrozenRequest.of(original);
        if (needsValidationFlow(request)) {
            throw new IllegalArgumentException(request.cmdletName() + " is confirmed through the validation flow "
                    + "this client was built with; run it with invoke(request), not stream(request)");
        }
        Invocation inv = engine.newInvocation(request);
        PageSequence<R> pages = engine.pages(request, InvokeEngine.defaultMode(request), select, reader, inv, null,
                null, true);
        Iterator<R> rows = new Iterator<>() {
            private Iterator<R> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    Page<R> page = pages.next();
                    page.warnings().forEach(options.onWarning());
                    current = page.rows().iterator();
                }
                return true;
            }

            @Override
            public R next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return new RowStream<>(StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(pages::close), pages::truncated);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this ExchangeClient is closed");
        }
    }
}
