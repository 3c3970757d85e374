package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.InvocationTimeoutException;
import dev.exobindings.runtime.error.ObjectNotFoundException;
import dev.exobindings.runtime.error.OutcomeUnknownException;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Recorded;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers a $batch by applying {@code item} to each sub-request; direct InvokeCommand calls get {@code direct}. */
    private void serve(Function<JsonNode, ObjectNode> item, Function<Recorded, Reply> direct) {
        server.handler(r -> {
            if (!r.path().endsWith("/$batch")) {
                return direct.apply(r);
            }
            ObjectNode out = JSON.createObjectNode();
            ArrayNode responses = out.putArray("responses");
            r.json().path("requests").forEach(sub -> responses.add(item.apply(sub).put("id", sub.get("id").asText())));
            return Reply.json(out.toString());
        });
    }

    private static ObjectNode ok(String json) {
        try {
            ObjectNode n = JSON.createObjectNode();
            n.put("status", 200);
            n.putObject("headers").put("request-id", "srv");
            n.set("body", JSON.readTree(json));
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String identity(JsonNode sub) {
        return sub.path("body").path("CmdletInput").path("Parameters").path("Identity").asText();
    }

    private static List<CmdletRequest> casMailboxes(int n) {
        List<CmdletRequest> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(CmdletRequest.of("Get-CASMailbox").param("Identity", "user" + i + "@contoso.com"));
        }
        return list;
    }

    @Test
    void twentyFiveRequestsMakeThreeBatchesAndOneFailureIsReportedInPlace() throws Exception {
        serve(sub -> {
            if (identity(sub).equals("user7@contoso.com")) {
                ObjectNode n = JSON.createObjectNode();
                n.put("status", 404);
                n.putObject("headers");
                ObjectNode err = n.putObject("body").putObject("error");
                err.put("code", "NotFound");
                err.put("message", "Error executing cmdlet");
                ObjectNode d = err.putArray("details").addObject();
                d.put("target", "user7@contoso.com");
                d.put("message", "Ex94914C|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|"
                        + "Couldn't find object \"user7@contoso.com\".");
                return n;
            }
            return ok("{\"value\":[{\"Identity\":\"" + identity(sub) + "\"}],\"@adminapi.warnings\":[\"w-" + identity(sub) + "\"]}");
        }, r -> Reply.json(500, "{}"));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(casMailboxes(25));
        }
        var reqs = server.requests();
        assertEquals(3, reqs.size());
        assertEquals(List.of(5, 10, 10), reqs.stream().map(r -> r.json().path("requests").size()).sorted().toList(),
                "three chunks (they run in parallel, so they arrive in any order)");
        assertEquals(25, results.size());
        for (int i = 0; i < 25; i++) {
            BatchItemResult item = results.get(i);
            assertEquals(i, item.index());
            if (i == 7) {
                assertSame(ObjectNotFoundException.class, item.failure().getClass());
                assertEquals("user7@contoso.com", item.failure().target());
                assertEquals("Get-CASMailbox", item.failure().cmdlet());
                assertTrue(item.failure().getMessage().contains("Couldn't find object"));
            } else {
                assertTrue(item.isSuccess(), "item " + i);
                assertEquals("user" + i + "@contoso.com", item.result().rows().get(0).get("Identity").asText());
                assertEquals(List.of("w-user" + i + "@contoso.com"), item.result().warnings());
            }
        }
        Recorded first = reqs.stream().filter(r -> r.json().path("requests").get(0).path("body").toString()
                .contains("\"user0@contoso.com\"")).findFirst().orElseThrow();
        assertEquals("/adminapi/beta/contoso.onmicrosoft.com/$batch", first.path());
        assertEquals("odata.continue-on-error", first.header("Prefer"));
        assertTrue(first.header("Authorization").startsWith("Bearer "));
        JsonNode sub = first.json().path("requests").get(3);
        assertEquals("3", sub.get("id").asText());
        assertEquals("POST", sub.get("method").asText());
        assertEquals(server.invokeUrl(""), sub.get("url").asText());
        assertEquals("Get-CASMailbox", sub.path("headers").path("X-CmdletName").asText());
        assertEquals("odata.maxpagesize=1000;odata.continue-on-error", sub.path("headers").path("Prefer").asText());
        assertEquals("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                sub.path("headers").path("X-AnchorMailbox").asText());
        assertTrue(sub.path("headers").path("Authorization").isMissingNode(), "the token goes on the outer request only");
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-CASMailbox\",\"Parameters\":{\"Identity\":\"user3@contoso.com\"}}}",
                sub.get("body").toString());
    }

    @Test
    void throttledItemIsRetriedAloneAndDirectly() {
        serve(sub -> {
            if (identity(sub).equals("user1@contoso.com")) {
                ObjectNode n = JSON.createObjectNode();
                n.put("status", 429);
                n.putObject("headers").put("Retry-After", "3");
                n.putObject("body").putObject("error").put("code", "TooManyRequests").put("message", "slow down");
                return n;
            }
            return ok(page(rows("x", 1), null));
        }, r -> Reply.json(page("{\"Identity\":\"direct\"}", null)));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(casMailboxes(3));
        }
        var reqs = server.requests();
        assertEquals(2, reqs.size());
        assertTrue(reqs.get(1).path().endsWith("/InvokeCommand"));
        assertEquals("user1@contoso.com", reqs.get(1).json().path("CmdletInput").path("Parameters").path("Identity").asText());
        assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps());
        assertEquals("direct", results.get(1).result().rows().get(0).get("Identity").asText());
        assertTrue(results.get(0).isSuccess() && results.get(2).isSuccess());
    }

    @Test
    void writeItemFailingWith503IsNotRetried() {
        serve(sub -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("status", 503);
            n.putObject("body").putObject("error").put("code", "ServiceUnavailable").put("message", "busy");
            return n;
        }, r -> Reply.json(page("", null)));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Set-CASMailbox").param("Identity", "a").param("OWAEnabled", false)));
        }
        assertEquals(1, server.requests().size());
        assertSame(OutcomeUnknownException.class, results.get(0).failure().getClass());
        assertTrue(results.get(0).outcomeUnknown());
    }

    @Test
    void throttledItemsWaitOnceTheLongestRetryAfterThenAreResentAlone() {
        serve(sub -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("status", 429);
            n.putObject("headers").put("Retry-After", identity(sub).equals("m3") ? "3" : "1");
            n.putObject("body").putObject("error").put("code", "TooManyRequests").put("message", "slow down");
            return n;
        }, r -> Reply.json(page("{\"Identity\":\"" + r.json().path("CmdletInput").path("Parameters").path("Identity")
                .asText() + "\"}", null)));
        List<CmdletRequest> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            items.add(CmdletRequest.of("Get-Mailbox").param("Identity", "m" + i));
        }
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(items);
        }
        assertEquals(List.of(Duration.ofSeconds(3)), time.sleeps(), "one wait for the ten items: the longest");
        for (int i = 0; i < 10; i++) {
            assertTrue(results.get(i).isSuccess(), results.get(i).toString());
            assertEquals("m" + i, results.get(i).result().rows().get(0).path("Identity").asText());
        }
        assertEquals(11, server.requests().size(), "the batch, then each item alone");
    }

    /** An item whose wait does not fit fails alone, with its own error; the others are not held back by it. */
    @Test
    void anItemWhoseWaitDoesNotFitFailsAloneWithItsOwnErrorAndTheOthersAreResent() {
        serve(sub -> {
            ObjectNode n = JSON.createObjectNode();
            boolean mailbox = identity(sub).equals("slow");
            n.put("status", mailbox ? 429 : 503);
            if (mailbox) {
                n.putObject("headers").put("Retry-After", "100");
            }
            n.putObject("body").putObject("error").put("code", mailbox ? "TooManyRequests" : "ServiceUnavailable")
                    .put("message", mailbox ? "slow down" : "busy");
            return n;
        }, r -> Reply.json(page("{\"Name\":\"u\"}", null)));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .overallTimeout(Duration.ofSeconds(60)).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Get-Mailbox").param("Identity", "slow"),
                    CmdletRequest.of("Get-User").param("Identity", "quick")));
        }
        ExchangeException slow = results.get(0).failure();
        assertSame(InvocationTimeoutException.class, slow.getClass());
        assertEquals("Get-Mailbox", slow.cmdlet());
        assertEquals(429, slow.httpStatus(), "its own last error, not another item's");
        assertTrue(results.get(1).isSuccess(), String.valueOf(results.get(1)));
        assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps(), "only the fitting item's backoff was waited");
    }

    @Test
    void aSubResponseStatusWrittenAsAStringIsNoStatusSoAWriteIsOutcomeUnknown() {
        serve(sub -> {
            ObjectNode n = ok(page("", null));
            n.put("status", "200");
            return n;
        }, r -> Reply.json(page("", null)));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Set-CASMailbox").param("Identity", "a")));
        }
        assertSame(OutcomeUnknownException.class, results.get(0).failure().getClass());
        assertTrue(results.get(0).failure().getMessage().contains(
                "has no HTTP status: its status \"200\" is not an integer from 100 to 599"),
                results.get(0).failure().getMessage());
    }

    @Test
    void itemWithNextLinkContinuesOutsideTheBatch() {
        serve(sub -> ok(page(rows("b", 2), server.invokeUrl("?page=2"))),
                r -> Reply.json(page(rows("c", 1), null)));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Get-MailboxPermission2").param("ResultSize", "Unlimited")));
        }
        var reqs = server.requests();
        assertEquals(2, reqs.size());
        assertEquals("page=2", reqs.get(1).uri().getQuery());
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-MailboxPermission2\",\"Parameters\":{\"ResultSize\":\"Unlimited\"}}}",
                reqs.get(1).text());
        assertEquals(3, results.get(0).result().rows().size());
        assertEquals(2, results.get(0).result().pagesFetched());
    }

    @Test
    void cmdletsTheDescriptorMarksUnbatchableRunDirectlyInInputOrder() {
        serve(sub -> ok(page("{\"Via\":\"batch\"}", null)), r -> Reply.json(page("{\"Via\":\"direct\"}", null)));
        CmdletDescriptor statistics = CmdletDescriptor.builder("Get-MailboxStatistics").batchable(false)
                .routing("Identity", CmdletDescriptor.RoutingRule.MAILBOX_ID, "UseCustomRouting").build();
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of("Get-Mailbox").param("Identity", "a"),
                    CmdletRequest.of(statistics).param("Identity", "b@contoso.com"),
                    CmdletRequest.of("Get-Mailbox").param("Identity", "c")));
        }
        assertEquals(List.of("batch", "direct", "batch"),
                results.stream().map(r -> r.result().rows().get(0).get("Via").asText()).toList());
        assertEquals(2, server.requests().size());
    }

    @Test
    void aFailedBatchCallFailsEveryItemWithoutDroppingAny() {
        server.handler(r -> Reply.json(400, "{\"error\":{\"code\":\"BadRequest\",\"message\":\"batch refused\"}}"));
        List<BatchItemResult> results;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            results = exo.invokeAllAsync(casMailboxes(12)).join();
        }
        assertEquals(12, results.size());
        assertTrue(results.stream().allMatch(r -> !r.isSuccess() && r.failure().serviceMessage().equals("batch refused")));
    }
}
