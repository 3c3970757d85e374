package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counters and the call journal over HTTP, for a client in another process; issued tokens shaped as JWTs. */
class SimControlEndpointsTest {

    @Test
    void countersAndJournalAreReadableAndResettableOverHttp() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(10).token("T").build().start()) {
            SimClient client = new SimClient(exo, "T");
            assertEquals(200, client.invoke("Get-Mailbox", "{\"ResultSize\":2}").status());
            assertEquals(400, client.invoke("Get-Mailbox", "{\"Identitty\":\"x\"}").status());
            assertEquals(200, client.invoke("Get-AcceptedDomain", "{}").status());

            JsonNode counters = client.get(control(exo, "/counters")).json();
            assertEquals(3, counters.path("invoke").asLong(), counters.toString());
            assertEquals(1, counters.path("invoke.status.400").asLong(), counters.toString());
            assertEquals(exo.counters().asMap().size(), counters.size(), "every counter, no more");

            JsonNode journal = client.get(control(exo, "/journal")).json();
            assertEquals(3, journal.size());
            assertEquals("Get-Mailbox", journal.get(0).path("cmdlet").asText());
            assertEquals(2, journal.get(0).path("parameters").path("ResultSize").asInt());
            assertEquals(400, journal.get(1).path("status").asInt());
            JsonNode onlyDomains = client.get(control(exo, "/journal?cmdlet=get-accepteddomain")).json();
            assertEquals(1, onlyDomains.size());
            assertTrue(!journal.get(0).path("headers").toString().contains("Bearer T"), "no token in the journal");

            assertEquals(200, client.send(HttpRequest.newBuilder(control(exo, "/counters")).DELETE().build()).status());
            assertEquals(0, exo.counters().invocations());
            assertEquals(3, exo.journal().calls().size(), "journal kept until it is reset itself");
            assertEquals(200, client.send(HttpRequest.newBuilder(control(exo, "/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build()).status());
            assertEquals(0, exo.journal().calls().size());
            assertEquals(0, client.get(control(exo, "/journal")).json().size());
            assertEquals(0, exo.counters().httpRequests(), "control calls are not service calls");

            SimClient.Reply unknown = client.get(control(exo, "/nothing"));
            assertEquals(404, unknown.status());
            assertTrue(unknown.json().path("error").asText().contains("GET /_sim/counters"));
        }
    }

    @Test
    void anIssuedTokenIsAJwtNamingTheTenantAndExpiringInADay() throws Exception {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(5).build().start()) {
            String token = exo.issueToken();
            String[] parts = token.split("\\.");
            assertEquals(3, parts.length, "header.payload.signature");
            JsonNode payload = SimClient.JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            assertEquals(exo.tenant().tenantId(), payload.path("tid").asText());
            long exp = payload.path("exp").asLong();
            assertTrue(exp > Instant.now().plusSeconds(23 * 3600).getEpochSecond(), payload.toString());
            assertEquals(200, new SimClient(exo, token).invoke("Get-AcceptedDomain", "{}").status());
            String forged = parts[0] + "." + parts[1] + ".AAAA";
            assertEquals(401, new SimClient(exo, forged).invoke("Get-AcceptedDomain", "{}").status());
        }
    }

    private static URI control(ExoSimulator exo, String path) {
        return URI.create(exo.baseUri() + "/_sim" + path);
    }
}
