package dev.exobindings.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binding against the bundled snapshot, as the service's binder answers. */
class ParameterValidationTest {
    static ExoSimulator exo;
    static SimClient client;

    @BeforeAll
    static void start() {
        exo = ExoSimulator.builder().mailboxes(20).token("T").build().start();
        client = new SimClient(exo, "T");
    }

    @AfterAll
    static void stop() {
        exo.close();
    }

    private static JsonNode bindingError(SimClient.Reply reply, String stringId) {
        assertEquals(400, reply.status(), reply.json().toString());
        assertEquals("BadRequest", reply.error().path("code").asText());
        assertEquals("Error executing cmdlet", reply.error().path("message").asText());
        JsonNode exception = reply.detailException();
        assertEquals("System.Management.Automation.ParameterBindingException", exception.path("ClassName").asText());
        assertEquals(stringId, exception.path("localizedString").path("stringId").asText());
        assertEquals("ParameterBindingException", reply.raw().headers().firstValue("X-ExceptionType").orElseThrow());
        return exception;
    }

    @Test
    void anUnknownParameterIsRejected() {
        JsonNode exception = bindingError(client.invoke("Get-Mailbox", "{\"Identitty\":\"x\"}"), "NamedParameterNotFound");
        assertEquals("A parameter cannot be found that matches parameter name 'Identitty'.",
                exception.path("Message").asText());
    }

    @Test
    void parametersOfTwoSetsWithNoCommonSetAreRejected() {
        JsonNode exception = bindingError(client.invoke("Get-Mailbox", "{\"Identity\":\"x\",\"Anr\":\"y\"}"),
                "AmbiguousParameterSet");
        assertTrue(exception.path("Message").asText().startsWith("Parameter set cannot be resolved"));
    }

    @Test
    void aMissingMandatoryParameterIsRejected() {
        JsonNode exception = bindingError(client.invoke("New-MailContact", "{\"Name\":\"Ext\"}"),
                "MissingMandatoryParameter");
        assertTrue(exception.path("Message").asText().contains("ExternalEmailAddress"), exception.toString());
        bindingError(client.invoke("Set-Mailbox", "{\"DisplayName\":\"x\"}"), "MissingMandatoryParameter");
    }

    @Test
    void aValueOutsideAValidateSetIsRejected() {
        ExoSimulator small = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(5).token("T").build().start();
        try (small) {
            SimClient.Reply reply = new SimClient(small, "T").invoke("Set-Mailbox",
                    "{\"Identity\":\"room0\",\"Type\":\"Castle\"}");
            JsonNode exception = bindingError(reply, "ParameterArgumentValidationError");
            assertTrue(exception.path("Message").asText().contains("Castle"));
        }
    }

    @Test
    void aNameOutsideADocsEnumIsRejectedNamingTheAllowedValues() {
        String name = (String) exo.tenant().mailboxes().state(3).get("Name");
        JsonNode exception = bindingError(client.invoke("Set-Mailbox",
                "{\"Identity\":\"" + name + "\",\"Type\":\"Sharedd\"}"), "ParameterArgumentTransformationError");
        String message = exception.path("Message").asText();
        assertTrue(message.contains("parameter 'Type'") && message.contains("Sharedd"), message);
        assertTrue(message.contains("Equipment, Regular, Room, Shared"), message);
        assertEquals(0, exo.counters().applied("Set-Mailbox"), "nothing applied");

        bindingError(client.invoke("Get-Mailbox", "{\"RecipientTypeDetails\":\"UserMailboxes\"}"),
                "ParameterArgumentTransformationError");
        bindingError(client.invoke("Get-Mailbox", "{\"RecipientTypeDetails\":[\"UserMailbox\",\"Shared\"]}"),
                "ParameterArgumentTransformationError");
    }

    @Test
    void namesInADocsEnumBindCaseInsensitivelyAlsoAsAFlagsList() {
        assertEquals(200, client.invoke("Get-Mailbox", "{\"RecipientTypeDetails\":\"usermailbox\"}").status());
        assertEquals(200, client.invoke("Get-Mailbox",
                "{\"RecipientTypeDetails\":[\"UserMailbox\",\"SharedMailbox\"]}").status());
        assertEquals(200, client.invoke("Get-Mailbox",
                "{\"RecipientTypeDetails\":\"UserMailbox, SharedMailbox\"}").status());
    }

    @Test
    void aCmdletTheSnapshotDoesNotKnowIsRejected() {
        SimClient.Reply reply = client.invoke("Get-Unicorn", "{}");
        assertEquals(400, reply.status());
        assertTrue(reply.detailException().path("Message").asText().contains("Get-Unicorn"));
    }

    @Test
    void anyOtherSnapshotCmdletValidatesThenSucceedsEmpty() {
        SimClient.Reply reply = client.invoke("New-MailContact", "{\"Name\":\"Ext\",\"ExternalEmailAddress\":"
                + "\"SMTP:ext@example.org\",\"Confirm\":false,\"ErrorAction\":\"Stop\"}");
        assertEquals(200, reply.status(), reply.json().toString());
        assertEquals(0, reply.value().size());
        assertEquals(1, exo.counters().applied("New-MailContact"));
    }

    @Test
    void aliasesAndCaseInsensitiveNamesBind() {
        SimClient.Reply reply = client.invoke("get-mailbox", "{\"identity\":\"" + exo.tenant().mailboxes().state(0)
                .get("Name") + "\",\"resultsize\":1}");
        assertEquals(200, reply.status(), reply.json().toString());
    }

    @Test
    void confirmIsUnknownForACmdletWithoutShouldProcess() {
        bindingError(client.invoke("Get-Mailbox", "{\"Confirm\":true}"), "NamedParameterNotFound");
    }

    @Test
    void malformedBodiesAreBadRequests() {
        SimClient.Reply notJson = client.post(exo.invokeCommandUri(), "{not json", null);
        assertEquals(400, notJson.status());
        assertTrue(notJson.error().path("message").asText().contains("not valid JSON"));
        // a position inside the parser's message reads as a line and column, not as its source description
        SimClient.Reply cut = client.post(exo.invokeCommandUri(), "{\"CmdletInput\":[1,2", null);
        String cutMessage = cut.error().path("message").asText();
        assertTrue(cutMessage.contains("start marker at line 1, column 16") && !cutMessage.contains("Source:"),
                cutMessage);
        // deeper than the parser's nesting limit: the limit has no location, and the connection was dropped
        SimClient.Reply deep = client.post(exo.invokeCommandUri(), "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\","
                + "\"Parameters\":{\"Identity\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}}}", null);
        assertEquals(400, deep.status());
        assertTrue(deep.error().path("message").asText().contains("not valid JSON (Document nesting depth"),
                deep.error().toString());
        SimClient.Reply noInput = client.post(exo.invokeCommandUri(), "{\"Cmdlet\":\"Get-Mailbox\"}", null);
        assertEquals(400, noInput.status());
        assertTrue(noInput.error().path("message").asText().contains("CmdletInput"));
    }
}
