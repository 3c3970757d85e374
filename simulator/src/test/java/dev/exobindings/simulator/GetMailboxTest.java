package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GetMailboxTest {
    static ExoSimulator exo;
    static SimClient client;

    @BeforeAll
    static void start() {
        exo = ExoSimulator.builder().seed(42).mailboxes(500).token("T").build().start();
        client = new SimClient(exo, "T");
    }

    @AfterAll
    static void stop() {
        exo.close();
    }

    @Test
    void identityResolvesByEveryIdentityForm() {
        Map<String, Object> state = exo.tenant().mailboxes().state(17);
        String name = (String) state.get("Name");
        for (Object identity : new Object[] {name, state.get("Alias"), state.get("UserPrincipalName"),
                state.get("PrimarySmtpAddress"), "SMTP:" + state.get("PrimarySmtpAddress"), state.get("ExchangeGuid"),
                state.get("Guid"), String.valueOf(state.get("PrimarySmtpAddress")).toUpperCase()}) {
            SimClient.Reply reply = client.invoke("Get-Mailbox", "{\"Identity\":\"" + identity + "\"}");
            assertEquals(200, reply.status(), () -> "identity " + identity + ": " + reply.json());
            assertEquals(1, reply.value().size());
            assertEquals(name, reply.value().get(0).path("Name").asText());
        }
    }

    @Test
    void rowsCarryPascalCasePropertiesAndCollectionAnnotations() {
        JsonNode row = client.invoke("Get-Mailbox", "{\"Identity\":\"" + exo.tenant().mailboxes().state(3).get("Name")
                + "\"}").value().get(0);
        for (String property : new String[] {"DisplayName", "Alias", "Name", "UserPrincipalName", "PrimarySmtpAddress",
                "EmailAddresses", "RecipientTypeDetails", "ExchangeGuid", "Guid", "ProhibitSendQuota",
                "ProhibitSendReceiveQuota", "IssueWarningQuota", "WhenCreated"}) {
            assertTrue(row.has(property), property + " missing in " + row);
        }
        assertEquals("#Collection(String)", row.path("EmailAddresses@odata.type").asText());
        assertTrue(row.path("EmailAddresses").get(0).asText().startsWith("SMTP:"));
        assertTrue(row.path("EmailAddresses").get(1).asText().startsWith("smtp:"));
        assertTrue(row.path("ProhibitSendQuota").asText().matches("\\d+ GB \\([\\d,]+ bytes\\)"), row.toString());
        assertFalse(row.has("Department"), "Get-User properties do not leak into Get-Mailbox");
    }

    @Test
    void unknownIdentityIsTheServiceNotFoundShape() {
        SimClient.Reply reply = client.invoke("Get-Mailbox", "{\"Identity\":\"nobody.here\"}");
        assertEquals(404, reply.status());
        assertEquals("NotFound", reply.error().path("code").asText());
        assertEquals("nobody.here", reply.error().path("details").get(0).path("target").asText());
        JsonNode exception = reply.detailException();
        assertEquals("Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException",
                exception.path("ClassName").asText());
        assertTrue(exception.path("Message").asText().contains("'nobody.here'"));
        assertFalse(exception.path("localizedString").path("stringId").asText().isEmpty());
        assertEquals("ManagementObjectNotFoundException",
                reply.raw().headers().firstValue("X-ExceptionType").orElseThrow());
        assertTrue(reply.raw().headers().firstValue("X-CalculatedBETarget").isPresent());
        assertTrue(reply.raw().headers().firstValue("request-id").isPresent());
    }

    @Test
    void recipientTypeDetailsSelectsOnlyThatKind() {
        JsonNode rows = client.invoke("Get-Mailbox", "{\"RecipientTypeDetails\":[\"RoomMailbox\"],"
                + "\"ResultSize\":\"Unlimited\"}").value();
        assertTrue(rows.size() > 0 && rows.size() < 100, "rooms are a small share: " + rows.size());
        rows.forEach(r -> assertEquals("RoomMailbox", r.path("RecipientTypeDetails").asText()));
    }

    @Test
    void anrMatchesDisplayNamePrefix() {
        String displayName = (String) exo.tenant().mailboxes().state(5).get("DisplayName");
        String prefix = displayName.substring(0, 4);
        JsonNode rows = client.invoke("Get-Mailbox", "{\"Anr\":\"" + prefix + "\",\"ResultSize\":\"Unlimited\"}").value();
        assertTrue(rows.size() >= 1);
        Set<String> names = new HashSet<>();
        rows.forEach(r -> names.add(r.path("Name").asText()));
        assertTrue(names.contains(exo.tenant().mailboxes().state(5).get("Name")));
    }

    @Test
    void filterSupportsEqLikeAndAnd() {
        JsonNode shared = client.invoke("Get-Mailbox", "{\"Filter\":\"RecipientTypeDetails -eq 'SharedMailbox'\","
                + "\"ResultSize\":\"Unlimited\"}").value();
        assertTrue(shared.size() > 0);
        shared.forEach(r -> assertEquals("SharedMailbox", r.path("RecipientTypeDetails").asText()));

        JsonNode rooms = client.invoke("Get-Mailbox", "{\"Filter\":\"Alias -like 'room*' -and "
                + "RecipientTypeDetails -eq 'RoomMailbox'\",\"ResultSize\":\"Unlimited\"}").value();
        assertTrue(rooms.size() > 0);
        rooms.forEach(r -> assertTrue(r.path("Alias").asText().startsWith("room")));

        SimClient.Reply bad = client.invoke("Get-Mailbox", "{\"Filter\":\"NoSuchProperty -eq 'x'\"}");
        assertEquals(400, bad.status());
        assertTrue(bad.detailException().path("Message").asText().contains("NoSuchProperty"));
    }

    @Test
    void resultSizeLimitsRowsAndWarns() {
        SimClient.Reply reply = client.invoke("Get-Mailbox", "{\"ResultSize\":7}");
        assertEquals(7, reply.value().size());
        assertEquals("There are more results available than are currently displayed. To view them, increase the"
                + " value for the ResultSize parameter.", reply.json().path("@adminapi.warnings").get(0).asText());
        assertFalse(reply.json().has("@odata.nextLink"));
    }
}
