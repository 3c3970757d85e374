package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.PagingException;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import dev.exobindings.runtime.value.ResultSize;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static final String MORE = "There are more results available than are currently displayed. To view them,"
            + " increase the value for the ResultSize parameter.";
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void unlimitedFollowsThreePagesPostingTheIdenticalBody() {
        server.enqueue(Reply.json(page(rows("a", 2), server.invokeUrl("?page=2"), MORE)),
                Reply.json(page(rows("b", 2), server.invokeUrl("?page=3"), MORE)),
                Reply.json(page(rows("c", 1), null)));
        List<PageEvent> events = new ArrayList<>();
        InvokeResult result;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2)
                .listener(new ExchangeEventListener() {
                    @Override
                    public void onPage(PageEvent event) {
                        events.add(event);
                    }
                }).build()) {
            result = exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.unlimited()));
        }
        var reqs = server.requests();
        assertEquals(3, reqs.size());
        assertEquals(List.of("a0", "a1", "b0", "b1", "c0"), result.rows().stream().map(r -> r.get("Name").asText()).toList());
        assertEquals(3, result.pagesFetched());
        assertEquals(List.of(), result.warnings(), "the more-results warning is hidden while paging continues");
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{\"ResultSize\":\"Unlimited\"}}}",
                reqs.get(0).text());
        for (var r : reqs) {
            assertEquals("POST", r.method());
            assertArrayEquals(reqs.get(0).body(), r.body(), "every page re-posts the identical body");
            assertEquals(reqs.get(0).header("client-request-id"), r.header("client-request-id"));
            assertEquals("odata.maxpagesize=2", r.header("Prefer"));
        }
        assertEquals("page=2", reqs.get(1).uri().getQuery());
        assertEquals("page=3", reqs.get(2).uri().getQuery());
        assertEquals(List.of(true, true, false), events.stream().map(PageEvent::hasNext).toList());
    }

    @Test
    void numericResultSizeAsksForTheRemainderAndStopsWhenSatisfied() {
        server.enqueue(Reply.json(page(rows("a", 1000), server.invokeUrl("?page=2"), MORE)),
                Reply.json(page(rows("b", 500), server.invokeUrl("?page=3"), MORE)));
        InvokeResult result;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            result = exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.of(1500)));
        }
        var reqs = server.requests();
        assertEquals(2, reqs.size(), "1500 rows wanted: the third link is not followed");
        assertEquals("odata.maxpagesize=1000", reqs.get(0).header("Prefer"));
        assertEquals("odata.maxpagesize=500", reqs.get(1).header("Prefer"));
        assertEquals(1500, result.rows().size());
        assertEquals(List.of(MORE), result.warnings(), "the final page's warning is the truth and is kept");
    }

    @Test
    void smallResultSizeAsksForExactlyThatMany() {
        server.enqueue(Reply.json(page(rows("a", 5), server.invokeUrl("?page=2"), MORE)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", 5));
        }
        assertEquals(1, server.requests().size());
        assertEquals("odata.maxpagesize=5", server.requests().get(0).header("Prefer"));
    }

    @Test
    void aShortPageEndsNumericPagingEvenWithANextLink() {
        server.enqueue(Reply.json(page(rows("a", 3), server.invokeUrl("?page=2"))));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(10).build()) {
            assertEquals(3, exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", 100)).rows().size());
        }
        assertEquals(1, server.requests().size());
    }

    @Test
    void withoutResultSizeOnlyOnePageIsRead() {
        server.enqueue(Reply.json(page(rows("a", 2), server.invokeUrl("?page=2"), MORE)));
        InvokeResult result;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build()) {
            result = exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals(1, server.requests().size());
        assertEquals(List.of(MORE), result.warnings());
    }

    @Test
    void aRepeatedNextLinkFailsInsteadOfLooping() {
        server.enqueue(Reply.json(page(rows("a", 1), server.invokeUrl("?page=2"))),
                Reply.json(page(rows("b", 1), server.invokeUrl("?page=2"))));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(1).build()) {
            PagingException e = assertThrows(PagingException.class,
                    () -> exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", "Unlimited")));
            assertTrue(e.getMessage().contains("page=2"), e.getMessage());
            assertTrue(e.getMessage().contains("a second time"), e.getMessage());
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void streamFetchesLazilyAndStopsWhenClosed() {
        server.handler(r -> {
            int pageNo = r.uri().getQuery() == null ? 1 : Integer.parseInt(r.uri().getQuery().substring(5));
            return Reply.json(page(rows("p" + pageNo + "-", 2), server.invokeUrl("?page=" + (pageNo + 1))));
        });
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build()) {
            var stream = exo.stream(CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.unlimited()));
            assertEquals(0, server.requests().size(), "nothing is fetched before the stream is consumed");
            try (stream) {
                assertEquals(List.of("p1-0", "p1-1", "p2-0"),
                        stream.limit(3).map(n -> n.get("Name").asText()).toList());
            }
        }
        assertEquals(2, server.requests().size(), "only the pages needed for 3 rows");
    }

    @Test
    void streamWarningsReachTheConsumer() {
        server.enqueue(Reply.json(page(rows("a", 1), null, "Mailbox vasil is on hold")));
        List<String> warnings = new ArrayList<>();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             var rows = exo.stream(CmdletRequest.of("Get-Mailbox"), StreamOptions.defaults().withWarnings(warnings::add))) {
            assertEquals(1, rows.count());
        }
        assertEquals(List.of("Mailbox vasil is on hold"), warnings);
    }
}
