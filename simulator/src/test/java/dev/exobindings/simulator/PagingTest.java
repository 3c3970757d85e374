package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PagingTest {
    static ExoSimulator exo;
    static SimClient client;

    @BeforeAll
    static void start() {
        exo = ExoSimulator.builder().seed(3).mailboxes(10_000).token("T").build().start();
        client = new SimClient(exo, "T");
    }

    @AfterAll
    static void stop() {
        exo.close();
    }

    @Test
    void tenThousandMailboxesPageByRePostingTheSameBodyToAbsoluteNextLinks() {
        String body = SimClient.body("Get-Mailbox", "{\"ResultSize\":\"Unlimited\"}");
        URI uri = exo.invokeCommandUri();
        Set<String> names = new HashSet<>();
        int pages = 0;
        long nextLinksBefore = exo.counters().nextLinks();
        long continuationsBefore = exo.counters().continuations();
        while (uri != null) {
            SimClient.Reply reply = client.post(uri, body, 700);
            assertEquals(200, reply.status(), reply.json().toString());
            pages++;
            assertTrue(reply.value().size() <= 700);
            reply.value().forEach(r -> names.add(r.path("Name").asText()));
            assertFalse(reply.json().has("@adminapi.warnings"), "Unlimited: no truncation warning");
            JsonNode next = reply.json().get("@odata.nextLink");
            if (next != null) {
                assertTrue(next.asText().startsWith(exo.baseUri() + "/adminapi/beta/"), next.asText());
                assertTrue(next.asText().contains("$skiptoken="), next.asText());
            }
            uri = next == null ? null : URI.create(next.asText());
        }
        assertEquals(10_000, names.size());
        assertEquals(15, pages);
        assertEquals(14, exo.counters().nextLinks() - nextLinksBefore);
        assertEquals(14, exo.counters().continuations() - continuationsBefore);
    }

    @Test
    void aContinuationWithAnotherBodyIsRefused() {
        SimClient.Reply first = client.post(exo.invokeCommandUri(),
                SimClient.body("Get-Mailbox", "{\"ResultSize\":\"Unlimited\"}"), 100);
        URI next = URI.create(first.json().path("@odata.nextLink").asText());
        SimClient.Reply other = client.post(next, SimClient.body("Get-Mailbox", "{\"ResultSize\":5000}"), 100);
        assertEquals(400, other.status());
        assertTrue(other.error().path("message").asText().contains("same body"));
    }

    @Test
    void selectTrimsRowsAndTravelsInTheNextLink() {
        URI uri = URI.create(exo.invokeCommandUri() + "?$select=DisplayName,UserPrincipalName");
        SimClient.Reply reply = client.post(uri, SimClient.body("Get-Mailbox", "{\"ResultSize\":20}"), 10);
        JsonNode row = reply.value().get(0);
        assertEquals(Set.of("DisplayName", "UserPrincipalName"), fieldNames(row));
        String next = reply.json().path("@odata.nextLink").asText();
        assertTrue(next.contains("$select=DisplayName%2CUserPrincipalName"), next);
        SimClient.Reply second = client.post(URI.create(next), SimClient.body("Get-Mailbox", "{\"ResultSize\":20}"), 10);
        assertEquals(Set.of("DisplayName", "UserPrincipalName"), fieldNames(second.value().get(0)));
        assertFalse(second.json().has("@odata.nextLink"));
        assertEquals(10, second.value().size());
    }

    @Test
    void withoutResultSizeTheDefaultIsAThousandWithTheWarning() {
        SimClient.Reply reply = client.invoke("Get-Mailbox", "{}");
        assertEquals(1000, reply.value().size());
        assertFalse(reply.json().has("@odata.nextLink"));
        assertEquals("#Collection(String)", reply.json().path("adminapi.warnings@odata.type").asText());
        assertTrue(reply.json().path("@adminapi.warnings").get(0).asText().startsWith("There are more results"));
        assertTrue(reply.json().path("@odata.context").asText().endsWith("$metadata#Collection(Exchange.GenericHashTable)"));
    }

    @Test
    void theWarningComesOnTheLastPageOfATruncatedResult() {
        String body = SimClient.body("Get-Mailbox", "{\"ResultSize\":250}");
        SimClient.Reply first = client.post(exo.invokeCommandUri(), body, 200);
        assertFalse(first.json().has("@adminapi.warnings"));
        SimClient.Reply last = client.post(URI.create(first.json().path("@odata.nextLink").asText()), body, 200);
        assertEquals(50, last.value().size());
        assertTrue(last.json().path("@adminapi.warnings").get(0).asText().startsWith("There are more results"));
    }

    @Test
    void aBadSkipTokenIsRefused() {
        SimClient.Reply reply = client.post(URI.create(exo.invokeCommandUri() + "?$skiptoken=bogus"),
                SimClient.body("Get-Mailbox", "{}"), null);
        assertEquals(400, reply.status());
        assertEquals("BadRequest", reply.error().path("code").asText());
    }

    private static Set<String> fieldNames(JsonNode row) {
        Set<String> names = new HashSet<>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
