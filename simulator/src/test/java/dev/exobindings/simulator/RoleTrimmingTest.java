package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A token's role trims its module text and refuses the trimmed cmdlets on InvokeCommand and in $batch alike. */
class RoleTrimmingTest {

    private static ExoSimulator start() {
        return ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(3).token("ADMIN")
                .role("HELPDESK", Set.of("Get-Mailbox", "get-user")).build().start();
    }

    private static void assertRefused(SimClient.Reply reply, String cmdlet) {
        assertEquals(403, reply.status(), String.valueOf(reply.json()));
        assertForbiddenBody(reply.json(), cmdlet);
    }

    private static void assertForbiddenBody(JsonNode body, String cmdlet) {
        assertEquals("Forbidden", body.path("error").path("code").asText());
        assertEquals("User is not allowed to call " + cmdlet, body.path("error").path("message").asText());
    }

    @Test
    void aCmdletTrimmedFromTheModuleIsRefusedOnInvokeCommand() {
        try (ExoSimulator exo = start()) {
            String name = (String) exo.tenant().mailboxes().state(1).get("Name");
            SimClient helpdesk = new SimClient(exo, "HELPDESK");
            String module = helpdesk.get(URI.create(exo.baseUri() + "/AdminApi/v1.0/contoso.onmicrosoft.com/"
                    + "EXOModuleFile")).value().get(0).path("fileContent").asText();
            assertFalse(module.contains("function script:Set-Mailbox\n"), "trimmed from the module text");

            long appliedBefore = exo.counters().applied("Set-Mailbox");
            assertRefused(helpdesk.invoke("Set-Mailbox", "{\"Identity\":\"" + name + "\",\"Office\":\"B\"}"),
                    "Set-Mailbox");
            assertEquals(appliedBefore, exo.counters().applied("Set-Mailbox"), "nothing ran");
            assertFalse("B".equals(exo.tenant().mailboxes().state(1).get("Office")), "the mailbox is unchanged");

            assertEquals(200, helpdesk.invoke("Get-Mailbox", "{\"Identity\":\"" + name + "\"}").status(),
                    "a cmdlet of the role runs");
            assertEquals(200, helpdesk.invoke("Get-User", "{\"Identity\":\"" + name + "\"}").status(),
                    "role names match case-insensitively");
            assertEquals(200, new SimClient(exo, "ADMIN").invoke("Set-Mailbox", "{\"Identity\":\"" + name
                    + "\",\"Office\":\"B\"}").status(), "a token without its own role is not limited by another's");
            assertEquals(403, exo.journal().calls().stream().filter(c -> c.cmdlet().equals("Set-Mailbox"))
                    .findFirst().orElseThrow().status(), "the refusal is journalled");
        }
    }

    @Test
    void aBatchItemOutsideTheRoleGetsItsOwn403AndTheOthersRun() {
        try (ExoSimulator exo = start()) {
            String name = (String) exo.tenant().mailboxes().state(2).get("Name");
            String url = exo.invokeCommandUri().toString();
            String body = "{\"requests\":["
                    + item("a", url, "Get-Mailbox", "{\"Identity\":\"" + name + "\"}") + ","
                    + item("b", url, "Set-Mailbox", "{\"Identity\":\"" + name + "\",\"Office\":\"C\"}") + "]}";
            SimClient.Reply reply = new SimClient(exo, "HELPDESK").post(exo.batchUri(), body, null);
            assertEquals(200, reply.status());
            JsonNode responses = reply.json().path("responses");
            assertEquals(200, responses.get(0).path("status").asInt());
            assertEquals(name, responses.get(0).path("body").path("value").get(0).path("Name").asText());
            assertEquals("b", responses.get(1).path("id").asText());
            assertEquals(403, responses.get(1).path("status").asInt());
            assertForbiddenBody(responses.get(1).path("body"), "Set-Mailbox");
            assertEquals(0, exo.counters().applied("Set-Mailbox"));
            assertTrue(exo.counters().invocationStatus(403) >= 1);
        }
    }

    private static String item(String id, String url, String cmdlet, String params) {
        return "{\"id\":\"" + id + "\",\"method\":\"POST\",\"url\":\"" + url + "\",\"headers\":{\"X-CmdletName\":\""
                + cmdlet + "\"},\"body\":" + SimClient.body(cmdlet, params) + "}";
    }
}
