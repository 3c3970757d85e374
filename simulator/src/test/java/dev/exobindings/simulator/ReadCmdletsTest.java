package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Get-CASMailbox/Set-CASMailbox, Get-User, Get-Recipient, Get-AcceptedDomain, Get-MailboxStatistics. */
class ReadCmdletsTest {
    static ExoSimulator exo;
    static SimClient client;
    static String name;

    @BeforeAll
    static void start() {
        exo = ExoSimulator.builder().seed(5).tenant("fabrikam").mailboxes(200).token("T").build().start();
        client = new SimClient(exo, "T");
        for (int i = 0; name == null; i++) {
            if ("UserMailbox".equals(exo.tenant().mailboxes().state(i).get("RecipientTypeDetails"))) {
                name = (String) exo.tenant().mailboxes().state(i).get("Name");
            }
        }
    }

    @AfterAll
    static void stop() {
        exo.close();
    }

    @Test
    void casMailboxSettingsChangeAndReadBack() {
        JsonNode before = client.invoke("Get-CASMailbox", "{\"Identity\":\"" + name + "\"}").value().get(0);
        assertTrue(before.path("PopEnabled").asBoolean());
        assertEquals(200, client.invoke("Set-CASMailbox", "{\"Identity\":\"" + name + "\",\"PopEnabled\":false,"
                + "\"ImapEnabled\":false}").status());
        JsonNode after = client.invoke("Get-CASMailbox", "{\"Identity\":\"" + name + "\"}").value().get(0);
        assertFalse(after.path("PopEnabled").asBoolean());
        assertFalse(after.path("ImapEnabled").asBoolean());
        assertTrue(after.path("OWAEnabled").asBoolean());
        JsonNode disabled = client.invoke("Get-CASMailbox", "{\"Filter\":\"PopEnabled -eq $false\",\"ResultSize\":\"Unlimited\"}")
                .value();
        assertEquals(1, disabled.size());
        assertEquals(name, disabled.get(0).path("Name").asText());
    }

    @Test
    void getUserShowsDirectoryProperties() {
        JsonNode user = client.invoke("Get-User", "{\"Identity\":\"" + name + "\"}").value().get(0);
        assertFalse(user.path("FirstName").asText().isEmpty());
        assertFalse(user.path("Department").asText().isEmpty());
        assertTrue(user.path("UserPrincipalName").asText().endsWith("@fabrikam.com"));
    }

    @Test
    void getRecipientListsMailboxesAndGroups() {
        JsonNode rows = client.invoke("Get-Recipient", "{\"ResultSize\":\"Unlimited\"}").value();
        Set<String> kinds = new HashSet<>();
        rows.forEach(r -> kinds.add(r.path("RecipientTypeDetails").asText()));
        assertEquals(200 + exo.tenant().groups().size(), rows.size());
        assertTrue(kinds.contains("UserMailbox") && kinds.contains("MailUniversalDistributionGroup"), kinds.toString());
        String group = exo.tenant().groups().names().get(0);
        assertEquals(group, client.invoke("Get-Recipient", "{\"Identity\":\"" + group + "\"}").value().get(0)
                .path("Name").asText());
    }

    @Test
    void acceptedDomainsAreTheInitialAndTheDefault() {
        JsonNode rows = client.invoke("Get-AcceptedDomain", "{}").value();
        assertEquals(2, rows.size());
        assertEquals("fabrikam.com", rows.get(0).path("DomainName").asText());
        assertTrue(rows.get(0).path("Default").asBoolean());
        assertEquals("fabrikam.onmicrosoft.com", rows.get(1).path("DomainName").asText());
        assertTrue(rows.get(1).path("InitialDomain").asBoolean());
    }

    @Test
    void mailboxStatisticsAreSeeded() {
        JsonNode first = client.invoke("Get-MailboxStatistics", "{\"Identity\":\"" + name + "\"}").value().get(0);
        JsonNode again = client.invoke("Get-MailboxStatistics", "{\"Identity\":\"" + name + "\"}").value().get(0);
        assertEquals(first, again);
        assertTrue(first.path("ItemCount").asLong() > 0);
        assertTrue(first.path("TotalItemSize").asText().contains("bytes"));
        assertEquals(404, client.invoke("Get-MailboxStatistics", "{\"Identity\":\"ghost\"}").status());
    }
}
