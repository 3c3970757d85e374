package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetMailboxTest {
    ExoSimulator exo;
    SimClient client;
    String name;
    String primary;

    @BeforeEach
    void start() {
        exo = ExoSimulator.builder().seed(9).mailboxes(50).token("T").build().start();
        client = new SimClient(exo, "T");
        name = (String) exo.tenant().mailboxes().state(11).get("Name");
        primary = (String) exo.tenant().mailboxes().state(11).get("PrimarySmtpAddress");
    }

    @AfterEach
    void stop() {
        exo.close();
    }

    private JsonNode mailbox(String identity) {
        return client.invoke("Get-Mailbox", "{\"Identity\":\"" + identity + "\"}").value().get(0);
    }

    @Test
    void setsScalarPropertiesAndQuotas() {
        SimClient.Reply reply = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"DisplayName\":\"New Name\","
                + "\"HiddenFromAddressListsEnabled\":true,\"ProhibitSendQuota\":\"40GB\",\"IssueWarningQuota\":\"Unlimited\","
                + "\"CustomAttribute1\":\"cost-17\",\"Confirm\":false}");
        assertEquals(200, reply.status(), reply.json().toString());
        assertEquals(0, reply.value().size());
        JsonNode row = mailbox(name);
        assertEquals("New Name", row.path("DisplayName").asText());
        assertTrue(row.path("HiddenFromAddressListsEnabled").asBoolean());
        assertEquals("40 GB (42,949,672,960 bytes)", row.path("ProhibitSendQuota").asText());
        assertEquals("Unlimited", row.path("IssueWarningQuota").asText());
        assertEquals("cost-17", row.path("CustomAttribute1").asText());
        assertEquals(1, exo.counters().applied("Set-Mailbox", name));
    }

    @Test
    void emailAddressesAddAndRemoveThroughAGenericHashTable() {
        String extra = "extra." + name + "@contoso.com";
        SimClient.Reply reply = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"EmailAddresses\":"
                + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"smtp:" + extra + "\"],"
                + "\"Remove\":[\"smtp:" + name + "@contoso.onmicrosoft.com\"]}}");
        assertEquals(200, reply.status(), reply.json().toString());
        List<String> addresses = texts(mailbox(name).path("EmailAddresses"));
        assertEquals(List.of("SMTP:" + primary, "smtp:" + extra), addresses);
        assertEquals(name, mailbox(extra).path("Name").asText(), "the added address resolves as an identity");
    }

    @Test
    void emailAddressesReplaceWithAnArrayMovesThePrimary() {
        String newPrimary = "boss." + name + "@contoso.com";
        SimClient.Reply reply = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"EmailAddresses\":"
                + "[\"SMTP:" + newPrimary + "\",\"smtp:" + primary + "\"]}");
        assertEquals(200, reply.status(), reply.json().toString());
        JsonNode row = mailbox(newPrimary);
        assertEquals(newPrimary, row.path("PrimarySmtpAddress").asText());
        assertEquals(List.of("SMTP:" + newPrimary, "smtp:" + primary), texts(row.path("EmailAddresses")));
    }

    @Test
    void anAddressOutsideTheAcceptedDomainsChangesNothing() {
        SimClient.Reply reply = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"DisplayName\":\"X\","
                + "\"EmailAddresses\":{\"Add\":[\"smtp:a@fabrikam.example\"]}}");
        assertEquals(400, reply.status());
        assertTrue(reply.detailException().path("Message").asText().contains("accepted domain"));
        assertFalse(mailbox(name).path("DisplayName").asText().equals("X"));
        assertEquals(0, exo.counters().applied("Set-Mailbox"));
    }

    @Test
    void confirmTrueAnswersWithAConfirmationMessageAndChangesNothing() {
        SimClient.Reply reply = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"DisplayName\":\"X\","
                + "\"Confirm\":true}");
        assertEquals(200, reply.status());
        assertTrue(reply.json().path("@adminapi.confirmationmessage").asText().contains("Set-Mailbox"));
        assertFalse(mailbox(name).path("DisplayName").asText().equals("X"));

        SimClient.Reply whatIf = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"DisplayName\":\"X\","
                + "\"WhatIf\":true}");
        assertTrue(whatIf.json().path("@adminapi.confirmationmessage").asText().startsWith("What if:"));
        assertFalse(mailbox(name).path("DisplayName").asText().equals("X"));
        assertEquals(0, exo.counters().applied("Set-Mailbox"));
    }

    @Test
    void aBadQuotaIsAnInvalidArgument() {
        SimClient.Reply reply = client.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"ProhibitSendQuota\":\"lots\"}");
        assertEquals(400, reply.status());
        assertTrue(reply.detailException().path("Message").asText().contains("ProhibitSendQuota"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
