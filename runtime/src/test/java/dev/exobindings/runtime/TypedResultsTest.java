package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.model.Box;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests that carry their result model: list/stream/invokeAll without a class argument, typed select. */
class TypedResultsTest {
    private static final String ROWS = "{\"DisplayName\":\"A\",\"PrimarySmtpAddress\":\"a@contoso.com\"},"
            + "{\"DisplayName\":\"B\",\"PrimarySmtpAddress\":\"b@contoso.com\"}";
    private final TestServer server = new TestServer().handler(r -> Reply.json(Clients.page(ROWS, null)));
    private final FakeTime time = new FakeTime();

    /** What a generated builder of a mapped cmdlet is. */
    static final class GetBox extends AbstractTypedCmdletRequest<GetBox, Box> {
        GetBox() {
            super("Get-Mailbox", false, Box.MODEL_TYPE);
        }

        GetBox identity(String id) {
            return set("Identity", id);
        }

        @Override
        protected GetBox self() {
            return this;
        }
    }

    record WrongRow(String displayName, String smtp) {
    }

    record RightRow(String displayName, String primarySmtpAddress) {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listAndStreamGiveModelsAndSendTheSelection() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            List<Box> all = exo.list(new GetBox());
            assertEquals(List.of("A", "B"), all.stream().map(Box::displayName).toList());
            assertNull(server.requests().get(0).uri().getQuery(), "no select() → no $select");
            try (Stream<Box> rows = exo.stream(new GetBox().select(Box.DISPLAY_NAME, Box.PRIMARY_SMTP_ADDRESS))) {
                assertEquals("b@contoso.com", rows.toList().get(1).primarySmtpAddress());
            }
            assertEquals("$select=DisplayName,PrimarySmtpAddress", server.requests().get(1).uri().getQuery());
        }
    }

    /** Without a ResultSize, list() gets the first page; when the service has more, the list says it was cut. */
    @Test
    void aListTheServiceHadMoreRowsForSaysItIsTruncated() {
        server.handler(r -> Reply.json(Clients.page(ROWS, r.uri().getQuery() == null ? server.invokeUrl("?page=2")
                : null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            RowList<Box> cut = exo.list(new GetBox());
            assertEquals(2, cut.size());
            assertTrue(cut.truncated());
            assertEquals(1, server.requests().size(), "the nextLink is not followed without a ResultSize");
            server.handler(r -> Reply.json(Clients.page(ROWS, null)));
            RowList<Box> whole = exo.list(new GetBox());
            assertEquals(List.of("A", "B"), whole.stream().map(Box::displayName).toList());
            assertFalse(whole.truncated());
            assertThrows(UnsupportedOperationException.class, () -> whole.add(whole.get(0)));
        }
    }

    /** A row that is 1, "s" or [2] is not a mailbox: an unreadable answer, not a model whose values are all null. */
    @Test
    void rowsThatAreNotObjectsAreAnUnreadableAnswerNotEmptyModels() {
        server.handler(r -> Reply.json("{\"value\":[{\"DisplayName\":\"A\"},1,\"s\"]}"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            ExchangeException e = assertThrows(ExchangeException.class, () -> exo.list(new GetBox()));
            assertEquals("UnreadableResponse", e.info().code());
            assertTrue(e.getMessage().contains("row 1 of the page's 'value' is 1, not an object"), e.getMessage());
            IllegalStateException r = assertThrows(IllegalStateException.class,
                    () -> exo.stream(CmdletRequest.of("Get-Mailbox"), RightRow.class).toList());
            assertTrue(r.getMessage().endsWith("from a row: the row is 1, not a JSON object"), r.getMessage());
        }
        server.handler(r -> Reply.json(r.path().endsWith("$batch")
                ? "{\"responses\":[{\"id\":\"0\",\"status\":200,\"body\":{\"value\":[{},[2]]}}]}"
                : "{\"value\":[\"s\"]}"));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            TypedBatchResult<Box> item = exo.invokeAll(new GetBox().identity("a")).get(0);
            assertTrue(item.item().failure().getMessage().contains("row 1 of the page's 'value' is [2], not an object"),
                    String.valueOf(item.item().failure()));
        }
    }

    /** A typed select(…) and a record row type both choose $select: refused, not one of them silently dropped. */
    @Test
    void aTypedSelectAndARowTypeAreNotSilentlyMerged() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> exo.stream(new GetBox().select(Box.DISPLAY_NAME), RightRow.class));
            assertEquals("Get-Mailbox: the request already selects [DisplayName]; a record row type (RightRow) selects"
                    + " its own components [DisplayName, PrimarySmtpAddress] — drop .select(...) or use"
                    + " stream(request) for the model", e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> exo.stream(new GetBox().select(Box.DISPLAY_NAME),
                    RightRow.class, StreamOptions.noSelection()));
            assertEquals(0, server.requests().size(), "nothing was sent");
            try (Stream<RightRow> rows = exo.stream(new GetBox(), RightRow.class)) {
                assertEquals(2, rows.count());
            }
            assertEquals("$select=DisplayName,PrimarySmtpAddress", server.requests().get(0).uri().getQuery());
            // JsonNode rows: the request's own select(…) is sent, and options that disagree are refused
            try (Stream<?> rows = exo.stream(new GetBox().select(Box.GUID), StreamOptions.defaults())) {
                assertEquals(2, rows.count());
            }
            assertEquals("$select=Guid", server.requests().get(1).uri().getQuery());
            IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                    () -> exo.stream(new GetBox().select(Box.GUID), StreamOptions.select("DisplayName")));
            assertEquals("Get-Mailbox: the request already selects [Guid] and the stream options select"
                    + " [DisplayName] — keep one of the two", both.getMessage());
        }
    }

    @Test
    void aValueItsTypeCannotReadCostsNeitherTheRowNorTheListing() {
        server.handler(r -> Reply.json(Clients.page("{\"DisplayName\":\"A\",\"Guid\":\"not-a-guid\"},"
                + "{\"DisplayName\":\"B\"}", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            List<Box> rows = exo.list(new GetBox());
            assertEquals(List.of("A", "B"), rows.stream().map(Box::displayName).toList());
            assertNull(rows.get(0).guid());
            assertEquals("not-a-guid", rows.get(0).extraProperties().get("Guid").asText());
        }
    }

    @Test
    void invokeAllGivesTypedRowsPerItem() {
        server.handler(r -> Reply.json(r.path().endsWith("$batch") ? batch(r.json()) : Clients.page(ROWS, null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            List<TypedBatchResult<Box>> results = exo.invokeAll(new GetBox().identity("a"), new GetBox().identity("b"));
            assertEquals(2, results.size());
            for (TypedBatchResult<Box> r : results) {
                assertTrue(r.isSuccess());
                assertEquals("a@contoso.com", r.rowsOrThrow().get(0).primarySmtpAddress());
            }
        }
    }

    @Test
    void invokeAllSendsEachItemsSelectionInItsSubRequestUrl() {
        server.handler(r -> Reply.json(r.path().endsWith("$batch") ? batch(r.json()) : Clients.page(ROWS, null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            GetBox selected = new GetBox().identity("a").select(Box.DISPLAY_NAME, Box.PRIMARY_SMTP_ADDRESS);
            exo.invokeAll(selected, new GetBox().identity("b"));
            selected.select(Box.GUID); // changed after the call: what was sent is what it held when handed over
            com.fasterxml.jackson.databind.JsonNode subs = server.requests().get(0).json().get("requests");
            assertTrue(subs.get(0).get("url").asText().endsWith("/InvokeCommand?$select=DisplayName,PrimarySmtpAddress"),
                    subs.get(0).get("url").asText());
            assertTrue(subs.get(1).get("url").asText().endsWith("/InvokeCommand"), "no select() → no $select");
        }
    }

    private static String batch(com.fasterxml.jackson.databind.JsonNode request) {
        StringBuilder sb = new StringBuilder("{\"responses\":[");
        for (int i = 0; i < request.get("requests").size(); i++) {
            String id = request.get("requests").get(i).get("id").asText();
            sb.append(i > 0 ? "," : "").append("{\"id\":\"").append(id).append("\",\"status\":200,\"headers\":{},")
                    .append("\"body\":").append(Clients.page(ROWS, null)).append('}');
        }
        return sb.append("]}").toString();
    }

    @Test
    void aRecordComponentTheModelLacksFailsFastWithTheClosestName() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> exo.stream(new GetBox(), WrongRow.class));
            assertEquals("WrongRow.smtp is not a property of Test.Box, the result of Get-Mailbox; did you mean "
                    + "PrimarySmtpAddress? (rename the component, or use JsonNode rows for properties the model "
                    + "lacks)", e.getMessage());
            assertTrue(server.requests().isEmpty(), "nothing was sent");
            try (Stream<RightRow> rows = exo.stream(new GetBox(), RightRow.class)) {
                assertEquals("a@contoso.com", rows.findFirst().orElseThrow().primarySmtpAddress());
            }
        }
    }
}
