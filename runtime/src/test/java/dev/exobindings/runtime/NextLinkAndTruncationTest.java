package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static dev.exobindings.runtime.testing.Clients.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.metadata.MarkedNumbers;
import dev.exobindings.runtime.error.PagingException;
import dev.exobindings.runtime.http.SameOriginRule;
import dev.exobindings.runtime.paging.PageSequence;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestLog;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import dev.exobindings.runtime.value.ResultSize;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** nextLinks stay on the origin and tenant of the request; a cut listing is never silent. */
class NextLinkAndTruncationTest {
    private static final String MORE = "There are more results available than are currently displayed. To view them,"
            + " increase the value for the ResultSize parameter.";
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private String otherPort() {
        return "http://127.0.0.1:" + (server.base().getPort() == 65535 ? 65534 : server.base().getPort() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?page=2",
            "http://evil.example/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?page=2",
            "OTHER_PORT", "SAME/adminapi/beta/fabrikam.onmicrosoft.com/InvokeCommand?page=2",
            "SAME/adminapi/beta/contoso.onmicrosoft.com/../fabrikam.onmicrosoft.com/InvokeCommand",
            "SAME/adminapi/beta/contoso.onmicrosoft.com/%2e%2E/fabrikam.onmicrosoft.com/InvokeCommand",
            "SAME/adminapi/beta/contoso.onmicrosoft.com/.%2e/fabrikam.onmicrosoft.com/InvokeCommand",
            "SAME/adminapi/beta/contoso.onmicrosoft.com/a%2F..%2F..%2Ffabrikam.onmicrosoft.com/InvokeCommand",
            "SAME/adminapi/beta/contoso.onmicrosoft.com/a%5C..%5C..%5Cfabrikam.onmicrosoft.com/InvokeCommand",
            "http://user@127.0.0.1:PORT/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"})
    void aNextLinkLeavingTheOriginOrTenantIsRefusedBeforeAnythingIsSent(String template) {
        String link = template.replace("OTHER_PORT", otherPort() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand")
                .replace("SAME", server.base().toString()).replace("PORT", String.valueOf(server.base().getPort()));
        server.enqueue(Reply.json(page(rows("a", 2), link, MORE)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build()) {
            PagingException e = assertThrows(PagingException.class, () -> exo.invoke(
                    CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.unlimited())));
            String host = URI.create(link).getHost();
            assertTrue(e.getMessage().contains("host " + host + ":"), e.getMessage());
            assertTrue(e.getMessage().contains("not followed"), e.getMessage());
        }
        assertEquals(1, server.requests().size(), "nothing is sent to the link");
    }

    @Test
    void aNextLinkOnTheSameOriginAndTenantIsFollowed() {
        server.enqueue(Reply.json(page(rows("a", 2), server.invokeUrl("?$skiptoken=2"), MORE)),
                Reply.json(page(rows("b", 1), null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build()) {
            assertEquals(3, exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.unlimited()))
                    .rows().size());
        }
    }

    @Test
    void sameOriginRuleTreatsDefaultPortsAndCaseAsEqual() {
        SameOriginRule rule = SameOriginRule.of(URI.create(
                "https://outlook.office365.com/adminapi/beta/Contoso.onmicrosoft.com/InvokeCommand"));
        assertTrue(rule.violation(URI.create(
                "https://OUTLOOK.office365.com:443/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?x=1")).isEmpty());
        assertTrue(rule.violation(URI.create(
                "https://outlook.office365.com:8443/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand")).isPresent());
        assertTrue(rule.violation(URI.create("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand")).isPresent(),
                "relative links are not followed");
        String downgrade = rule.violation(URI.create(
                "http://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand")).orElseThrow();
        assertTrue(downgrade.contains("scheme 'http' is not 'https'"), "plain http to the same host: " + downgrade);
    }

    @Test
    void invokeWithoutResultSizeStopsAfterOnePageButSaysItIsTruncatedOnceInTheLog() {
        server.enqueue(Reply.json(page(rows("a", 2), server.invokeUrl("?page=2"), MORE)),
                Reply.json(page(rows("a", 1), server.invokeUrl("?page=2"), MORE)));
        InvokeResult first;
        InvokeResult result;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build()) {
            first = exo.invoke(CmdletRequest.of("Get-Mailbox"));
            result = exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.of(1)));
        }
        assertEquals(2, first.rows().size());
        assertTrue(first.truncated());
        List<String> warnings = TestLog.lines().stream()
                .filter(l -> l.contains("WARN") && l.contains(first.requestId())).toList();
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("Get-Mailbox returned 2 rows but the service has more"), warnings.get(0));
        assertTrue(warnings.get(0).contains("ResultSize.unlimited()"), warnings.get(0));
        assertTrue(result.truncated(), "ResultSize 1 with a nextLink left: truncated");
        assertTrue(TestLog.lines().stream().noneMatch(l -> l.contains("WARN") && l.contains(result.requestId())),
                "the caller asked for exactly one row: flagged, but no warning");
    }

    @Test
    void theServicesMoreResultsWarningOnTheLastPageMarksTheResultTruncated() {
        server.enqueue(Reply.json(page(rows("a", 2), null, MORE)), Reply.json(page(rows("a", 2), null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            InvokeResult cut = exo.invoke(CmdletRequest.of("Get-Mailbox"));
            InvokeResult whole = exo.invoke(CmdletRequest.of("Get-Mailbox"));
            assertTrue(cut.truncated());
            assertEquals(List.of(MORE), cut.warnings(), "the final warning is kept");
            assertFalse(whole.truncated());
        }
    }

    @Test
    void aStreamOfEmptyPagesWithEverNewLinksStops() {
        AtomicInteger served = new AtomicInteger();
        server.handler(r -> Reply.json(page("", server.invokeUrl("?$skiptoken=" + served.incrementAndGet()))));
        PagingException e;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             RowStream<JsonNode> rows = exo.stream(CmdletRequest.of("Get-Mailbox"))) {
            e = assertThrows(PagingException.class, rows::toList);
        }
        assertTrue(e.getMessage().contains("returned 100 pages in a row without a row, each with a new nextLink"),
                e.getMessage());
        assertEquals(100, server.requests().size());
        // the README states the count this run measured
        MarkedNumbers.assertMatches(Path.of("README.md"), "paging.",
                Map.of("paging.emptyPagesInARow", server.requests().size()));
    }

    @Test
    void aStreamOfPagesWithRowsAndEverNewLinksStopsAtMaxPages() {
        AtomicInteger served = new AtomicInteger();
        server.handler(r -> Reply.json(page(rows("a", 1), server.invokeUrl("?$skiptoken=" + served.incrementAndGet()))));
        PagingException e;
        List<JsonNode> read = new ArrayList<>();
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).maxPages(7).build();
             RowStream<JsonNode> rows = exo.stream(CmdletRequest.of("Get-Mailbox"))) {
            e = assertThrows(PagingException.class, () -> rows.forEach(read::add));
            assertTrue(rows.truncated(), "the service had more rows than were read");
        }
        assertTrue(e.getMessage().contains("returned a nextLink on page 7, the most this client follows "
                + "(ExchangeClientBuilder.maxPages 7)"), e.getMessage());
        assertEquals(7, server.requests().size());
        assertEquals(7, read.size(), "every row received was delivered, the last page's too");
        served.set(0);
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).maxPages(3).build()) {
            PagingException fromInvoke = assertThrows(PagingException.class, () -> exo.invoke(
                    CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.unlimited())));
            assertTrue(fromInvoke.getMessage().contains("(ExchangeClientBuilder.maxPages 3)"), fromInvoke.getMessage());
        }
        assertEquals(7 + 3, server.requests().size(), "invoke follows the same limit");
        assertThrows(IllegalArgumentException.class, () -> ExchangeClient.builder().maxPages(0));
        // the README states the default
        MarkedNumbers.assertMatches(Path.of("README.md"), "pagecap.", Map.of("pagecap.default",
                PageSequence.DEFAULT_MAX_PAGES));
    }

    @Test
    void aFewEmptyPagesBetweenRowsAreFollowed() {
        server.enqueue(Reply.json(page("", server.invokeUrl("?p=2"))), Reply.json(page("", server.invokeUrl("?p=3"))),
                Reply.json(page(rows("a", 2), null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build();
             RowStream<JsonNode> rows = exo.stream(CmdletRequest.of("Get-Mailbox"))) {
            assertEquals(2, rows.toList().size());
        }
    }

    @Test
    void aNumericResultSizeTheServiceCutShortStillWarns() {
        server.enqueue(Reply.json(page(rows("a", 2), null, MORE)));
        InvokeResult cut;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            cut = exo.invoke(CmdletRequest.of("Get-Mailbox").param("ResultSize", ResultSize.of(5000)));
        }
        assertTrue(cut.truncated());
        assertEquals(1, TestLog.lines().stream().filter(l -> l.contains("WARN") && l.contains(cut.requestId())
                && l.contains("returned 2 rows but the service has more")).count(), "asked 5000, got 2: warned");
    }

    @Test
    void aStreamFollowsEveryLinkWithoutResultSizeAndReportsTheServicesCut() {
        server.enqueue(Reply.json(page(rows("a", 2), server.invokeUrl("?page=2"))),
                Reply.json(page(rows("b", 1), null, MORE)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build();
             RowStream<JsonNode> rows = exo.stream(CmdletRequest.of("Get-Mailbox"))) {
            assertFalse(rows.truncated(), "not known before the end");
            List<JsonNode> all = rows.toList();
            assertEquals(3, all.size(), "both pages, although no ResultSize was given");
            assertTrue(rows.truncated());
        }
        assertEquals(2, server.requests().size());
    }

    @Test
    void aCompleteStreamIsNotTruncated() {
        server.enqueue(Reply.json(page(rows("a", 2), server.invokeUrl("?page=2"))), Reply.json(page(rows("b", 1), null)));
        record Row(String name) {
        }
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(2).build();
             RowStream<Row> rows = exo.stream(CmdletRequest.of("Get-Mailbox"), Row.class)) {
            assertEquals(List.of("a0", "a1", "b0"), rows.map(Row::name).toList());
            assertFalse(rows.truncated());
        }
    }
}
