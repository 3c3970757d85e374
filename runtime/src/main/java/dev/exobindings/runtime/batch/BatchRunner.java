package dev.exobindings.runtime.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ConfirmMode;
import dev.exobindings.runtime.InvokeEngine;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.error.ErrorBodyParser;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExceptionFactory;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.event.BatchEvent;
import dev.exobindings.runtime.http.CallExecutor;
import dev.exobindings.runtime.http.Invocation;
import dev.exobindings.runtime.http.RequestHeaders;
import dev.exobindings.runtime.http.WireResponse;
import dev.exobindings.runtime.paging.Page;
import dev.exobindings.runtime.paging.PageParser;
import dev.exobindings.runtime.retry.RetryAfter;
import dev.exobindings.runtime.retry.RetryClassifier;
import dev.exobindings.runtime.retry.RetryClassifier.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import dev.exobindings.runtime.CmdletDescriptor;
import dev.exobindings.runtime.json.RequestBodies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs many requests through {@code $batch} (protocol reference §(e)): chunks of {@code batchSize} (default 10),
 * {@code Prefer: odata.continue-on-error}, sub-responses matched by id, retryable failed items re-sent alone and
 * directly (after their {@code Retry-After} or a backoff), nextLinks continued outside the batch. Cmdlets whose
 * descriptor says the module does not batch them (the 16 custom-routing cmdlets), and calls that go through the
 * confirmation flow (the module never batches those), run directly. Results come back in input order, one per
 * request.
 */
public final class BatchRunner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final InvokeEngine engine;
    private final int batchSize;
    private final Function<CmdletRequest, InvokeResult> direct;
    private final Predicate<CmdletRequest> confirmedAlone;

    /**
     * @param direct         runs one request on its own (with its own retries); throws {@link ExchangeException}
     * @param confirmedAlone requests that go through the confirmation flow, and so run directly
     */
    public BatchRunner(InvokeEngine engine, int batchSize, Function<CmdletRequest, InvokeResult> direct,
                       Predicate<CmdletRequest> confirmedAlone) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.engine = engine;
        this.batchSize = batchSize;
        this.direct = direct;
        this.confirmedAlone = confirmedAlone;
    }

    /** Without a confirmation flow. */
    public BatchRunner(InvokeEngine engine, int batchSize, Function<CmdletRequest, InvokeResult> direct) {
        this(engine, batchSize, direct, r -> false);
    }

    /** One result per request, in input order. */
    public List<BatchItemResult> run(List<? extends CmdletRequest> requests) {
        BatchItemResult[] results = new BatchItemResult[requests.size()];
        List<Integer> batchable = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CmdletRequest r = requests.get(i);
            if (!r.descriptor().batchable() || confirmedAlone.test(r)) {
                results[i] = runDirect(i, r);
            } else {
                batchable.add(i);
            }
        }
        for (int from = 0; from < batchable.size(); from += batchSize) {
            List<Integer> chunk = batchable.subList(from, Math.min(batchable.size(), from + batchSize));
            runChunk(requests, chunk, results);
        }
        return List.of(results);
    }

    private BatchItemResult runDirect(int index, CmdletRequest request) {
        try {
            return BatchItemResult.success(index, request, direct.apply(request));
        } catch (ExchangeException e) {
            return BatchItemResult.failure(index, request, e);
        }
    }

    private void runChunk(List<? extends CmdletRequest> requests, List<Integer> chunk, BatchItemResult[] results) {
        Invocation inv = engine.newInvocation();
        List<CmdletRequest> items = new ArrayList<>();
        chunk.forEach(i -> items.add(requests.get(i)));
        boolean idempotent = items.stream().allMatch(r -> InvokeEngine.isIdempotent(r, mode(r)));
        CmdletRequest last = items.get(items.size() - 1);
        CallExecutor.Call call = new CallExecutor.Call(engine.endpoint().batch(),
                token -> body(items, token, inv).toString().getBytes(StandardCharsets.UTF_8),
                "$batch of " + items.size() + " requests", "$batch", idempotent,
                token -> outerHeaders(last, token), items.stream().map(r -> r.descriptor().httpTimeout())
                        .max(Duration::compareTo).orElse(CmdletDescriptor.DEFAULT_HTTP_TIMEOUT));
        JsonNode responses;
        try {
            WireResponse response = engine.executor().execute(call, inv);
            responses = JSON.readTree(response.body()).path("responses");
        } catch (ExchangeException e) {
            for (int k = 0; k < items.size(); k++) {
                results[chunk.get(k)] = BatchItemResult.failure(chunk.get(k), items.get(k), e);
            }
            engine.listener().onBatch(new BatchEvent(inv.clientRequestId(), items.size(), items.size()));
            return;
        } catch (IOException e) {
            responses = NODES.arrayNode();
        }
        Map<String, JsonNode> byId = new HashMap<>();
        responses.forEach(r -> byId.put(r.path("id").asText(), r));
        int failed = 0;
        for (int k = 0; k < items.size(); k++) {
            BatchItemResult result = itemResult(chunk.get(k), items.get(k), byId.get(String.valueOf(k)), inv);
            results[chunk.get(k)] = result;
            failed += result.isSuccess() ? 0 : 1;
        }
        engine.listener().onBatch(new BatchEvent(inv.clientRequestId(), items.size(), failed));
    }

    private BatchItemResult itemResult(int index, CmdletRequest request, JsonNode sub, Invocation inv) {
        if (sub == null) {
            return BatchItemResult.failure(index, request, new ExchangeException(new ErrorInfo(-1, null, null,
                    "the $batch response has no sub-response for this request", null, null, null,
                    request.cmdletName(), inv.clientRequestId(), null)));
        }
        int status = sub.path("status").asInt(-1);
        Map<String, String> headers = headers(sub.path("headers"));
        JsonNode body = sub.path("body");
        if (status >= 200 && status < 300) {
            try {
                Page first = PageParser.fromJson(body, headers.get("request-id"), headers.get("x-calculatedbetarget"));
                return BatchItemResult.success(index, request, engine.collect(
                        engine.pages(request, mode(request), List.of(), inv, first), inv));
            } catch (ExchangeException e) {
                return BatchItemResult.failure(index, request, e);
            }
        }
        ErrorInfo info = ErrorBodyParser.parse(status, body.isMissingNode() ? "" : body.isTextual() ? body.asText()
                        : body.toString(), headers.get("x-exceptiontype"), headers.get("request-id"),
                request.cmdletName(), inv.clientRequestId());
        Verdict verdict = RetryClassifier.classify(info, InvokeEngine.isIdempotent(request, mode(request)),
                engine.executor().policy());
        if (verdict == Verdict.FAIL || engine.executor().policy().maxRetries() == 0) {
            return BatchItemResult.failure(index, request, ExceptionFactory.create(info, null));
        }
        Duration wait = verdict == Verdict.REFRESH_TOKEN ? Duration.ZERO : engine.executor().policy().backoff(0);
        if (verdict == Verdict.THROTTLED) {
            wait = RetryAfter.parse(headers.get("retry-after"), engine.executor().clock().instant()).orElse(wait);
        }
        try {
            engine.executor().sleepBeforeRetry(wait, info, inv, null);
        } catch (ExchangeException e) {
            return BatchItemResult.failure(index, request, e);
        }
        return runDirect(index, request);
    }

    private ObjectNode body(List<CmdletRequest> items, String token, Invocation inv) {
        ArrayNode list = NODES.arrayNode();
        String url = engine.endpoint().invokeCommand(List.of()).toString();
        for (int k = 0; k < items.size(); k++) {
            CmdletRequest r = items.get(k);
            ObjectNode sub = list.addObject();
            sub.put("id", String.valueOf(k));
            sub.put("method", "POST");
            sub.put("url", url);
            ObjectNode h = sub.putObject("headers");
            engine.headers(r, token, RequestHeaders.maxPageSize(engine.pageSize()) + ";odata.continue-on-error")
                    .forEach(h::put);
            h.put("client-request-id", inv.clientRequestId());
            sub.set("body", engine.body(r, mode(r)));
        }
        ObjectNode root = NODES.objectNode();
        root.set("requests", list);
        return root;
    }

    /** The module's default Confirm handling; confirmation-flow calls never get here. */
    private static ConfirmMode mode(CmdletRequest request) {
        return RequestBodies.defaultMode(request.descriptor());
    }

    private Map<String, String> outerHeaders(CmdletRequest last, String token) {
        Map<String, String> h = new LinkedHashMap<>(engine.headers(last, token, "odata.continue-on-error"));
        h.put("X-CmdletName", last.cmdletName());
        return h;
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        node.properties().forEach(e -> out.put(e.getKey().toLowerCase(java.util.Locale.ROOT),
                e.getValue().isArray() ? e.getValue().path(0).asText() : e.getValue().asText()));
        return out;
    }
}
