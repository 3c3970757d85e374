package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** New-/Get-/Remove-DistributionGroup, Add-/Remove-/Get-DistributionGroupMember, Get-/Add-MailboxPermission. */
class GroupAndPermissionTest {
    ExoSimulator exo;
    SimClient client;
    String alice;
    String bob;

    @BeforeEach
    void start() {
        exo = ExoSimulator.builder().seed(11).mailboxes(100).token("T").build().start();
        client = new SimClient(exo, "T");
        alice = (String) exo.tenant().mailboxes().state(1).get("Name");
        bob = (String) exo.tenant().mailboxes().state(2).get("UserPrincipalName");
    }

    @AfterEach
    void stop() {
        exo.close();
    }

    @Test
    void groupLifecycleWithMembers() {
        SimClient.Reply created = client.invoke("New-DistributionGroup", "{\"Name\":\"Project X\",\"Alias\":\"projx\","
                + "\"Members\":[\"" + alice + "\"],\"Confirm\":false}");
        assertEquals(200, created.status(), created.json().toString());
        assertEquals("projx@contoso.com", created.value().get(0).path("PrimarySmtpAddress").asText());

        assertEquals(400, client.invoke("New-DistributionGroup", "{\"Name\":\"Project X\"}").status());

        assertEquals(200, client.invoke("Add-DistributionGroupMember", "{\"Identity\":\"projx\",\"Member\":\"" + bob + "\"}")
                .status());
        SimClient.Reply duplicate = client.invoke("Add-DistributionGroupMember",
                "{\"Identity\":\"projx\",\"Member\":\"" + bob + "\"}");
        assertEquals(400, duplicate.status());
        assertTrue(duplicate.detailException().path("Message").asText().contains("already a member"));

        assertEquals(List.of(alice, exo.tenant().mailboxes().state(2).get("Name")), names(client.invoke(
                "Get-DistributionGroupMember", "{\"Identity\":\"Project X\"}").value()));

        assertEquals(200, client.invoke("Remove-DistributionGroupMember", "{\"Identity\":\"projx\",\"Member\":\""
                + alice + "\"}").status());
        assertEquals(1, client.invoke("Get-DistributionGroupMember", "{\"Identity\":\"projx\"}").value().size());

        assertEquals("Project X", client.invoke("Get-DistributionGroup", "{\"Identity\":\"projx@contoso.com\"}").value()
                .get(0).path("Name").asText());
        assertEquals(200, client.invoke("Remove-DistributionGroup", "{\"Identity\":\"Project X\",\"Confirm\":false}").status());
        assertEquals(404, client.invoke("Get-DistributionGroup", "{\"Identity\":\"Project X\"}").status());
        assertEquals(1, exo.counters().applied("New-DistributionGroup", "Project X"));
        assertEquals(1, exo.counters().applied("Add-DistributionGroupMember", "Project X"));
    }

    @Test
    void seededGroupsAreListed() {
        JsonNode groups = client.invoke("Get-DistributionGroup", "{\"ResultSize\":\"Unlimited\"}").value();
        assertEquals(exo.tenant().groups().size(), groups.size());
        assertTrue(groups.size() >= 2);
        JsonNode members = client.invoke("Get-DistributionGroupMember",
                "{\"Identity\":\"" + groups.get(0).path("Name").asText() + "\"}").value();
        assertTrue(members.size() >= 2);
    }

    @Test
    void mailboxPermissionsAddAndRead() {
        JsonNode before = client.invoke("Get-MailboxPermission", "{\"Identity\":\"" + alice + "\"}").value();
        assertEquals("NT AUTHORITY\\SELF", before.get(0).path("User").asText());
        SimClient.Reply added = client.invoke("Add-MailboxPermission", "{\"Identity\":\"" + alice + "\",\"User\":\"" + bob
                + "\",\"AccessRights\":[\"FullAccess\"],\"AutoMapping\":false}");
        assertEquals(200, added.status(), added.json().toString());
        JsonNode after = client.invoke("Get-MailboxPermission", "{\"Identity\":\"" + alice + "\",\"User\":\"" + bob + "\"}")
                .value();
        assertEquals(1, after.size());
        assertEquals("FullAccess", after.get(0).path("AccessRights").get(0).asText());
        assertEquals(404, client.invoke("Add-MailboxPermission", "{\"Identity\":\"" + alice
                + "\",\"User\":\"ghost\",\"AccessRights\":[\"FullAccess\"]}").status());
    }

    private static List<String> names(JsonNode rows) {
        List<String> names = new ArrayList<>();
        rows.forEach(r -> names.add(r.path("Name").asText()));
        return names;
    }
}
