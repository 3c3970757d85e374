package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfirmationTest {
    private static final String QUESTION = "Removing mailbox \"vasil\". Continue?";
    private final TestServer server = new TestServer();
    private final FakeTime time = new FakeTime();

    /** A ShouldProcess cmdlet as generated code would declare it. */
    static final class RemoveMailbox extends AbstractCmdletRequest<RemoveMailbox> {
        RemoveMailbox(String identity) {
            super("Remove-Mailbox", true);
            set("Identity", identity);
        }

        @Override
        protected RemoveMailbox self() {
            return this;
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The Parameters object of the {@code i}-th request, as JSON text. */
    private String parameters(int i) {
        return server.requests().get(i).json().at("/CmdletInput/Parameters").toString();
    }

    private static String confirmation() {
        return "{\"@adminapi.confirmationmessage\":\"" + QUESTION.replace("\"", "\\\"") + "\",\"value\":[]}";
    }

    @Test
    void confirmedCallValidatesThenExecutes() {
        server.enqueue(Reply.json(confirmation()), Reply.json(page("", null)));
        List<String> asked = new ArrayList<>();
        InvokeResult r;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            r = exo.invoke(new RemoveMailbox("vasil"), (req, message) -> asked.add(message));
        }
        assertEquals(List.of(QUESTION), asked);
        assertTrue(r.executed());
        assertEquals(QUESTION, r.confirmationMessage());
        var reqs = server.requests();
        assertEquals(true, reqs.get(0).json().at("/CmdletInput/Parameters/Confirm").asBoolean());
        assertEquals(false, reqs.get(1).json().at("/CmdletInput/Parameters/Confirm").asBoolean());
        assertTrue(reqs.get(1).json().at("/CmdletInput/Parameters/Confirm").isBoolean());
    }

    @Test
    void declinedCallStopsAfterValidation() {
        server.enqueue(Reply.json(confirmation()));
        InvokeResult r;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            r = exo.invoke(new RemoveMailbox("vasil"), ConfirmationHandler.never());
        }
        assertFalse(r.executed());
        assertEquals(1, server.requests().size());
    }

    @Test
    void plainInvokeSendsConfirmFalse() {
        server.enqueue(Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(new RemoveMailbox("vasil"));
        }
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Remove-Mailbox\",\"Parameters\":{\"Identity\":\"vasil\",\"Confirm\":false}}}",
                server.requests().get(0).text());
    }

    @Test
    void whatIfReturnsTheMessage() {
        server.enqueue(Reply.json(confirmation()));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(QUESTION, exo.whatIf(new RemoveMailbox("vasil")));
            assertThrows(IllegalArgumentException.class,
                    () -> exo.whatIf(CmdletRequest.of(CmdletDescriptor.builder("Get-Mailbox").build())));
        }
        assertEquals(true, server.requests().get(0).json().at("/CmdletInput/Parameters/WhatIf").asBoolean());
    }

    /** A write without ShouldProcess has no -WhatIf or -Confirm: a mode or handler that promises not to run it fails. */
    @Test
    void aWriteWithoutShouldProcessIsRefusedEveryWayThatPromisesNotToRunIt() {
        // as generated for Remove-BlockedSenderAddress: module traits known, no ShouldProcess
        CmdletRequest remove = CmdletRequest.of(CmdletDescriptor.builder("Remove-BlockedSenderAddress").build())
                .param("SenderAddress", "bad@contoso.com");
        server.handler(r -> Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            IllegalArgumentException whatIf = assertThrows(IllegalArgumentException.class, () -> exo.whatIf(remove));
            assertEquals("Remove-BlockedSenderAddress does not support -WhatIf (no ShouldProcess): the service would"
                    + " run it; invoke(request) runs it", whatIf.getMessage());
            IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
                    () -> exo.invoke(remove, ConfirmMode.WHAT_IF));
            assertTrue(mode.getMessage().contains("ConfirmMode.WHAT_IF would run it"), mode.getMessage());
            assertThrows(IllegalArgumentException.class, () -> exo.invoke(remove, ConfirmMode.VALIDATE));
            List<String> asked = new ArrayList<>();
            IllegalArgumentException handler = assertThrows(IllegalArgumentException.class,
                    () -> exo.invoke(remove, (r, m) -> asked.add(m)));
            assertTrue(handler.getMessage().contains("the handler could not be asked first"), handler.getMessage());
            assertEquals(0, server.requests().size(), "nothing was sent");
            assertTrue(exo.invoke(remove, ConfirmMode.EXECUTE).executed(), "EXECUTE runs it as it is");
        }
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Remove-BlockedSenderAddress\",\"Parameters\":{"
                + "\"SenderAddress\":\"bad@contoso.com\"}}}", server.requests().get(0).text(), "no Confirm key");
    }

    /**
     * {@code CmdletRequest.of(name)} knows nothing about the cmdlet, not even whether it has ShouldProcess: it is
     * not refused as one known to lack it (the README's Use block), and a write is treated as High impact.
     */
    @Test
    void anUntypedRequestIsNotRefusedAsIfItHadNoShouldProcess() {
        CmdletRequest remove = CmdletRequest.of("Remove-DistributionGroup").param("Identity", "dg1");
        assertFalse(remove.descriptor().shouldProcessKnown());
        server.enqueue(Reply.json(confirmation()), Reply.json(confirmation()), Reply.json(confirmation()),
                Reply.json(confirmation()), Reply.json(page("", null)));
        List<String> asked = new ArrayList<>();
        InvokeResult declined;
        InvokeResult confirmed;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertEquals(QUESTION, exo.whatIf(remove));
            assertEquals(QUESTION, exo.invoke(remove, ConfirmMode.VALIDATE).confirmationMessage());
            declined = exo.invoke(remove, (req, question) -> asked.add(question) && false);
            confirmed = exo.invoke(remove, (req, question) -> asked.add(question));
        }
        assertFalse(declined.executed());
        assertTrue(confirmed.executed());
        assertEquals(List.of(QUESTION, QUESTION), asked);
        assertEquals(5, server.requests().size());
        assertEquals("{\"Identity\":\"dg1\",\"WhatIf\":true}", parameters(0));
        assertEquals("{\"Identity\":\"dg1\",\"Confirm\":true}", parameters(1));
        assertEquals("{\"Identity\":\"dg1\",\"Confirm\":true}", parameters(2));
        assertEquals("{\"Identity\":\"dg1\",\"Confirm\":true}", parameters(3));
        assertEquals("{\"Identity\":\"dg1\",\"Confirm\":false}", parameters(4));
    }

    @Test
    void anUntypedWriteIsHighImpactByDefaultAndAnUntypedReadSendsNoConfirmKey() {
        server.handler(r -> Reply.json(page("", null)));
        CmdletRequest remove = CmdletRequest.of("Remove-DistributionGroup").param("Identity", "dg1");
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Remove-DistributionGroup\",\"Parameters\":{"
                + "\"Identity\":\"dg1\",\"Confirm\":false}}}", remove.toJson());
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(remove);
            exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "vasil"));
            exo.invoke(CmdletRequest.of("Search-Mailbox").param("Identity", "vasil").param("DeleteContent"));
        }
        assertEquals("{\"Identity\":\"dg1\",\"Confirm\":false}", parameters(0));
        assertEquals("{\"Identity\":\"vasil\"}", parameters(1),
                "a read verb: no Confirm key (Get-Mailbox has no -Confirm)");
        assertEquals("{\"Identity\":\"vasil\",\"DeleteContent\":true,\"Confirm\":false}",
                parameters(2), "-DeleteContent makes it a write");
    }

    @Test
    void aClientThatConfirmsHighImpactAsksBeforeAnUntypedWrite() {
        server.enqueue(Reply.json(confirmation()));
        List<String> asked = new ArrayList<>();
        InvokeResult r;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .confirmHighImpact((req, question) -> asked.add(question) && false).build()) {
            r = exo.invoke(CmdletRequest.of("Remove-DistributionGroup").param("Identity", "dg1"));
        }
        assertFalse(r.executed(), "declined: not run");
        assertEquals(List.of(QUESTION), asked);
        assertEquals(1, server.requests().size());
        assertEquals(true, server.requests().get(0).json().at("/CmdletInput/Parameters/Confirm").asBoolean());
    }

    /** A descriptor that says "no ShouldProcess" (unknownTraits(name, false)) is still refused: that is known. */
    @Test
    void aDescriptorKnownToLackShouldProcessIsStillRefused() {
        CmdletRequest known = CmdletRequest.of(CmdletDescriptor.unknownTraits("Remove-BlockedSenderAddress", false));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            assertThrows(IllegalArgumentException.class, () -> exo.whatIf(known));
            assertThrows(IllegalArgumentException.class, () -> exo.invoke(known, ConfirmMode.VALIDATE));
            assertThrows(IllegalArgumentException.class, () -> exo.invoke(known, ConfirmationHandler.never()));
        }
        assertEquals(0, server.requests().size());
    }
}
