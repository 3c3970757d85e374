package dev.exobindings.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.failure.ErrorBodyParser;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.failure.ExceptionFactory;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.event.BatchEvent;
import dev.exobindings.runtime.http.CallExecutor;
import dev.exobindings.runtime.http.Invocation;
import dev.exobindings.runtime.http.RequestHeaders;
import dev.exobindings.runtime.http.WireResponse;
import dev.exobindings.runtime.paging.ErrorAnswerException;
import dev.exobindings.runtime.paging.Page;
import dev.exobindings.runtime.paging.PageParser;
import dev.exobindings.runtime.paging.RowReader;
import dev.exobindings.runtime.failure.RetryAfter;
import dev.exobindings.runtime.failure.RetryClassifier;
import dev.exobindings.runtime.failure.RetryClassifier.Verdict;
import dev.exobindings.runtime.failure.ServiceText;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One {@code $batch} call of up to {@code batchSize} requests: {@code Prefer: odata.continue-on-error}, sub-responses
 * matched by id, retryable failed items re-sent alone and directly after one wait (the longest {@code Retry-After} or
 * backoff among them), nextLinks continued outside the batch. A batch call that fails as a whole fails every item with
 * that exception — except that a write whose outcome is unknown (the call may have reached the service) is reported as
 * such, and a read item is then simply run again directly. A 2xx answer that is not the {@code {"responses":[…]}} JSON
 * document is one clear error for every item.
 */
final class BatchChunk {
    /** Trailing tokens fail: "{…}<html>…" is a proxy's page after the answer, not the answer. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final InvokeEngine engine;
    private final Function<CmdletRequest, InvokeResult> direct;

    BatchChunk(InvokeEngine engine, Function<CmdletRequest, InvokeResult> direct) {
        this.engine = engine;
        this.direct = direct;
    }

    /** One result per item, in order; indexes are positions within {@code items}. */
    List<BatchItemResult> run(List<CmdletRequest> items) {
        // the batch waits as long as its slowest item may take
        Duration timeout = items.stream().map(r -> r.descriptor().httpTimeout()).max(Duration::compareTo)
                .orElse(CmdletDescriptor.DEFAULT_HTTP_TIMEOUT);
        Invocation inv = engine.newInvocation("$batch", timeout);
        boolean idempotent = items.stream().allMatch(r -> InvokeEngine.isIdempotent(r, mode(r)));
        CmdletRequest last = items.get(items.size() - 1);
        CallExecutor.Call call = new CallExecutor.Call(engine.endpoint().batch(),
                token -> body(items, token, inv).toString().getBytes(StandardCharsets.UTF_8),
                "$batch of " + items.size() + " requests", "$batch", idempotent,
                token -> outerHeaders(last, token), timeout);
        WireResponse response;
        try {
            response = engine.executor().execute(call, inv);
        } catch (ExchangeException e) {
            return wholeBatchFailed(items, e, inv);
        }
        JsonNode responses = responsesOf(response);
        if (responses == null) {
            return unreadable(items, response, inv);
        }
        Map<String, JsonNode> byId = new HashMap<>();
        Set<String> contradicted = new HashSet<>();
        responses.forEach(r -> {
            JsonNode earlier = byId.putIfAbsent(r.path("id").asText(), r);
            if (earlier != null && !earlier.equals(r)) {
                contradicted.add(r.path("id").asText()); // two different answers for one request: neither is known
            }
        });
        BatchItemResult[] results = new BatchItemResult[items.size()];
        List<Resend> resends = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            String id = String.valueOf(k);
            if (contradicted.contains(id)) {
                results[k] = unanswered(k, items.get(k), "the $batch answer has sub-responses for this request (id "
                        + k + ") that disagree", inv);
                continue;
            }
            results[k] = itemResult(k, items.get(k), byId.get(id), response.uri(), inv, resends);
        }
        resendAfterOneWait(resends, items, results, inv);
        int failed = (int) Arrays.stream(results).filter(r -> !r.isSuccess()).count();
        engine.listener().onBatch(new BatchEvent(inv.clientRequestId(), items.size(), failed));
        return List.of(results);
    }

    /**
     * Re-sends the retryable failed items alone after one wait, the longest any of them asks for: a throttled batch
     * of 10 items costs one {@code Retry-After}, not ten, and no item runs out of the batch's time because of
     * the others' waits. When the wait does not fit in the batch's time, every one of them fails with that.
     */
    private void resendAfterOneWait(List<Resend> resends, List<CmdletRequest> items, BatchItemResult[] results,
                                    Invocation inv) {
        if (resends.isEmpty()) {
            return;
        }
        // an item whose own wait does not fit fails with its own last error; the others do not wait for it
        List<Resend> fitting = new ArrayList<>();
        for (Resend r : resends) {
            if (engine.executor().fitsInBudget(r.delay(), inv)) {
                fitting.add(r);
            } else {
                results[r.index()] = notResent(r, items.get(r.index()), inv, null);
            }
        }
        if (fitting.isEmpty()) {
            return;
        }
        Resend longest = fitting.stream().max(Comparator.comparing(Resend::delay)).orElseThrow();
        try {
            engine.executor().sleepBeforeRetry(longest.delay(), longest.info(), inv, null);
        } catch (ExchangeException e) {
            fitting.forEach(r -> results[r.index()] = notResent(r, items.get(r.index()), inv, e));
            return;
        }
        fitting.forEach(r -> results[r.index()] = BatchRunner.runDirect(direct, r.index(), items.get(r.index())));
    }

    /**
     * A retryable item that is not sent again (its wait does not fit in the batch's time, or the wait was broken
     * off): the overall timeout with its own last error, or, for a write whose last answer may follow a change,
     * outcome unknown.
     */
    private static BatchItemResult notResent(Resend r, CmdletRequest item, Invocation inv, Throwable cause) {
        boolean write = !InvokeEngine.isIdempotent(item, mode(item));
        if (write && RetryClassifier.mayHaveBeenApplied(r.info(), false)) {
            return BatchItemResult.failure(r.index(), item, writeOutcomeUnknown(item, r.info(), "the $batch "
                    + "sub-response for this request (id " + r.index() + ") is HTTP " + r.info().httpStatus() + ": "
                    + r.info().message() + ", and waiting to send it again does not fit in the overall timeout "
                    + inv.budget(), inv, cause));
        }
        return BatchItemResult.failure(r.index(), item, CallExecutor.overall(inv, r.info(), cause));
    }

    /** A retryable failed item to send again alone after {@code delay}. */
    private record Resend(int index, Duration delay, ErrorInfo info) {
    }

    private static JsonNode responsesOf(WireResponse response) {
        try {
            JsonNode root = JSON.readTree(response.body());
            JsonNode responses = root == null ? null : root.get("responses");
            return responses != null && responses.isArray() ? responses : null;
        } catch (IOException e) {
            return null;
        }
    }

    private List<BatchItemResult> wholeBatchFailed(List<CmdletRequest> items, ExchangeException e, Invocation inv) {
        List<BatchItemResult> results = new ArrayList<>();
        // A 2xx whose answer could not be read (too large, broken gzip): the batch ran, its items' outcomes are lost.
        boolean ranUnread = e.httpStatus() >= 200 && e.httpStatus() < 300;
        for (int k = 0; k < items.size(); k++) {
            CmdletRequest item = items.get(k);
            boolean idempotent = InvokeEngine.isIdempotent(item, mode(item));
            if (ranUnread && !idempotent) {
                results.add(BatchItemResult.failure(k, item,
                        writeOutcomeUnknown(item, e.info(), e.serviceMessage(), inv, e)));
            } else if (!e.outcomeUnknown()) {
                results.add(BatchItemResult.failure(k, item, e));
            } else if (idempotent) {
                results.add(BatchRunner.runDirect(direct, k, item)); // a read: running it again is harmless
            } else {
                results.add(BatchItemResult.failure(k, item, new OutcomeUnknownException(
                        e.info().withCall(item.cmdletName(), inv.clientRequestId()).withMessage(e.serviceMessage()
                                .replace("$batch is not idempotent", "its $batch carried " + item.cmdletName()
                                        + ", which is not idempotent")), e)));
            }
        }
        engine.listener().onBatch(new BatchEvent(inv.clientRequestId(), items.size(),
                (int) results.stream().filter(r -> !r.isSuccess()).count()));
        return results;
    }

    /** A write of a batch the service accepted whose own outcome was lost ({@code why}): it may have run. */
    private static OutcomeUnknownException writeOutcomeUnknown(CmdletRequest item, ErrorInfo info, String why,
                                                               Invocation inv, Throwable cause) {
        return new OutcomeUnknownException(info.withCall(item.cmdletName(), inv.clientRequestId()).withMessage(why
                + ", so whether " + item.cmdletName() + ", which is not idempotent, ran is unknown; check its object "
                + "before repeating it"), cause);
    }

    private List<BatchItemResult> unreadable(List<CmdletRequest> items, WireResponse response, Invocation inv) {
        String text = response.text().strip();
        String start = ServiceText.of(text, 80);
        ErrorInfo info = new ErrorInfo(response.status(), null, null, "the $batch answer (HTTP " + response.status()
                + ", Content-Type " + response.header("Content-Type") + ", " + response.body().length
                + " bytes) is not the JSON document {\"responses\":[…]}; it starts with '" + start + "'. The service "
                + "accepted the batch, so whether its " + items.size() + " requests ran is unknown; "
                + "check their objects before repeating the writes", null, null, null, "$batch",
                inv.clientRequestId(), response.header("request-id"));
        ExchangeException error = new ExchangeException(info);
        List<BatchItemResult> results = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            CmdletRequest item = items.get(k);
            results.add(BatchItemResult.failure(k, item, InvokeEngine.isIdempotent(item, mode(item)) ? error
                    : new OutcomeUnknownException(info.withCall(item.cmdletName(), inv.clientRequestId()), error)));
        }
        engine.listener().onBatch(new BatchEvent(inv.clientRequestId(), items.size(), items.size()));
        return results;
    }

    /**
     * An item the service accepted in the batch without a usable answer ({@code why}): a read is run again on its
     * own; whether a write ran is unknown, and saying so is all that is safe.
     */
    private BatchItemResult unanswered(int index, CmdletRequest request, String why, Invocation inv) {
        if (InvokeEngine.isIdempotent(request, mode(request))) {
            return BatchRunner.runDirect(direct, index, request);
        }
        return BatchItemResult.failure(index, request, writeOutcomeUnknown(request, new ErrorInfo(-1, null, null,
                null, null, null, null, null, null, null), why, inv, null));
    }

    /**
     * The item's result from its sub-response {@code sub}; {@code answeredBy} is the URL that answered the batch
     * (after any redirect the host guard followed): a nextLink in {@code sub} must stay on its origin. A retryable
     * failure is added to {@code resends} instead, and the result is null.
     */
    private BatchItemResult itemResult(int index, CmdletRequest request, JsonNode sub, URI answeredBy,
                                       Invocation inv, List<Resend> resends) {
        if (sub == null) {
            return unanswered(index, request, "the $batch answer has no sub-response for this request (id " + index
                    + ")", inv);
        }
        // a number, as HTTP has it: "200" (a string) or 200.5 is not a status, whatever Jackson's asInt makes of it
        int status = sub.path("status").isIntegralNumber() && sub.path("status").canConvertToInt()
                ? sub.path("status").intValue() : -1;
        if (status < 100 || status > 599) {
            return unanswered(index, request, "the $batch sub-response for this request (id " + index + ") has no "
                    + "HTTP status: its status " + (sub.path("status").isMissingNode() ? "is missing"
                    : ServiceText.of(sub.path("status").toString(), 40) + " is not an integer from 100 to 599"), inv);
        }
        Map<String, String> headers = headers(sub.path("headers"));
        JsonNode body = sub.path("body");
        if (status >= 200 && status < 300) {
            try {
                Page<JsonNode> first = subPage(status, body, headers, request, inv);
                return BatchItemResult.success(index, request, engine.collect(engine.pages(request, mode(request),
                        FrozenRequest.selection(request), RowReader.TREES, inv, first, answeredBy, false), inv));
            } catch (ExchangeException e) {
                return BatchItemResult.failure(index, request, e);
            }
        }
        ErrorInfo info = ErrorBodyParser.parse(status, body.isMissingNode() ? "" : body.isTextual() ? body.asText()
                        : body.toString(), headers.get("x-exceptiontype"), headers.get("request-id"),
                request.cmdletName(), inv.clientRequestId());
        boolean idempotent = InvokeEngine.isIdempotent(request, mode(request));
        Verdict verdict = RetryClassifier.classify(info, idempotent, engine.executor().policy());
        Duration retryAfter = RetryAfter.parse(headers.get("retry-after"), engine.executor().clock().instant())
                .orElse(null);
        if (verdict == Verdict.FAIL || engine.executor().policy().maxRetries() == 0) {
            if (!idempotent && RetryClassifier.mayHaveBeenApplied(info, false)) {
                // a 5xx for a write inside the batch is the same news as a direct 5xx: it may have run
                return BatchItemResult.failure(index, request, writeOutcomeUnknown(request, info, "the $batch "
                        + "sub-response for this request (id " + index + ") is HTTP " + status + ": " + info.message(), inv,
                        null));
            }
            return BatchItemResult.failure(index, request, ExceptionFactory.create(info, null, retryAfter));
        }
        Duration wait = Duration.ZERO; // a 401: the token is re-acquired, no wait
        if (verdict != Verdict.REFRESH_TOKEN) {
            try {
                wait = engine.executor().waitBeforeRetry(verdict, retryAfter, engine.executor().policy().backoff(0),
                        info, headers.get("retry-after"));
            } catch (ExchangeException e) {
                return BatchItemResult.failure(index, request, e);
            }
        }
        resends.add(new Resend(index, wait, info));
        return null;
    }

    /** A 2xx sub-response's page; its body's {@code error}, or a body that is not a page, is the item's failure. */
    private static Page<JsonNode> subPage(int status, JsonNode body, Map<String, String> headers,
                                          CmdletRequest request, Invocation inv) {
        try {
            return PageParser.fromJson(body, headers.get("request-id"), headers.get("x-calculatedbetarget"));
        } catch (ErrorAnswerException e) {
            throw ExceptionFactory.create(ErrorBodyParser.parse(status, e.body(), headers.get("x-exceptiontype"),
                    headers.get("request-id"), request.cmdletName(), inv.clientRequestId()), null);
        } catch (IOException e) {
            throw new ExchangeException(new ErrorInfo(status, "UnreadableResponse", null, "the $batch sub-response "
                    + "(HTTP " + status + ") for " + request.cmdletName() + " could not be read: " + e.getMessage(),
                    null, null, null, request.cmdletName(), inv.clientRequestId(), headers.get("request-id")), e);
        }
    }

    private ObjectNode body(List<CmdletRequest> items, String token, Invocation inv) {
        ArrayNode list = NODES.arrayNode();
        for (int k = 0; k < items.size(); k++) {
            CmdletRequest r = items.get(k);
            ObjectNode sub = list.addObject();
            sub.put("id", String.valueOf(k));
            sub.put("method", "POST");
            sub.put("url", engine.endpoint().invokeCommand(FrozenRequest.selection(r)).toString()); // typed select(…)
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
        return InvokeEngine.defaultMode(request);
    }

    private Map<String, String> outerHeaders(CmdletRequest last, String token) {
        Map<String, String> h = new LinkedHashMap<>(engine.headers(last, token, "odata.continue-on-error"));
        h.put("X-CmdletName", last.cmdletName());
        return h;
    }

    private static Map<String, String> headers(JsonNode node) {
        Map<String, String> out = new HashMap<>();
        node.properties().forEach(e -> out.put(e.getKey().toLowerCase(Locale.ROOT),
                e.getValue().isArray() ? e.getValue().path(0).asText() : e.getValue().asText()));
        return out;
    }
}
