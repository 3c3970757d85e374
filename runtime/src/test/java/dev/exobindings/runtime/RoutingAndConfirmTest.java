package dev.exobindings.runtime;

import static dev.exobindings.runtime.testing.Clients.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.CmdletDescriptor.ConfirmImpact;
import dev.exobindings.runtime.CmdletDescriptor.RoutingRule;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Recorded;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire follows the descriptor: routing only on request, from the named parameter; Confirm by impact. */
class RoutingAndConfirmTest {
    private static final String APP_ANCHOR =
            "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com";
    /** Get-MobileDeviceStatistics routes by -Mailbox, not -Identity. */
    private static final CmdletDescriptor DEVICE_STATISTICS = CmdletDescriptor.builder("Get-MobileDeviceStatistics")
            .batchable(false).routing("Mailbox", RoutingRule.MAILBOX_ID, "UseCustomRouting").build();
    private static final CmdletDescriptor REMOVE_MAILBOX = CmdletDescriptor.builder("Remove-Mailbox")
            .shouldProcess(ConfirmImpact.HIGH).build();
    private static final CmdletDescriptor SET_MAILBOX = CmdletDescriptor.builder("Set-Mailbox")
            .shouldProcess(ConfirmImpact.MEDIUM).build();

    private final TestServer server = new TestServer().handler(r -> Reply.json(page("", null)));
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private String parameters(int request) {
        return server.requests().get(request).json().at("/CmdletInput/Parameters").toString();
    }

    private static String parameters(String body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).at("/CmdletInput/Parameters")
                    .toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void routingIsOffUnlessAskedAndTheSwitchIsNeverSent() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of(DEVICE_STATISTICS).param("Mailbox", "egor@contoso.com"));
            exo.invoke(CmdletRequest.of(DEVICE_STATISTICS).param("Mailbox", "egor@contoso.com")
                    .param("UseCustomRouting"));
            exo.invoke(CmdletRequest.of(DEVICE_STATISTICS).param("Identity", "egor@contoso.com")
                    .param("UseCustomRouting"));
        }
        List<Recorded> reqs = server.requests();
        assertEquals(APP_ANCHOR, reqs.get(0).header("X-AnchorMailbox"));
        assertNull(reqs.get(0).header("parameter-based-routing"));
        assertEquals("SMTP:egor@contoso.com", reqs.get(1).header("X-AnchorMailbox"));
        assertEquals("true", reqs.get(1).header("parameter-based-routing"));
        assertEquals("{\"Mailbox\":\"egor@contoso.com\"}", parameters(1));
        // -Identity is not the routing parameter of this cmdlet
        assertEquals(APP_ANCHOR, reqs.get(2).header("X-AnchorMailbox"));
        assertEquals("{\"Identity\":\"egor@contoso.com\"}", parameters(2));
    }

    @Test
    void aValueWithoutAddressOrGuidKeepsTheDefaultAnchorAndHeadersStayAscii() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).parameterBasedRouting(true)
                .build()) {
            exo.invoke(CmdletRequest.of(DEVICE_STATISTICS)
                    .param("Mailbox", "Egor\\ExchangeActiveSyncDevices\\Hx§Outlook§5F1A2B3C4D5E6F70"));
            exo.invoke(CmdletRequest.of(DEVICE_STATISTICS).param("Mailbox", "jörg@contoso.com"));
        }
        for (Recorded r : server.requests()) {
            assertEquals(APP_ANCHOR, r.header("X-AnchorMailbox"));
            assertNull(r.header("parameter-based-routing"));
        }
    }

    @Test
    void clientOptionRoutesEveryRoutingCmdletButNoOther() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).parameterBasedRouting(true)
                .build()) {
            exo.invoke(CmdletRequest.of(DEVICE_STATISTICS).param("Mailbox", "egor@contoso.com"));
            exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "egor@contoso.com"));
        }
        assertEquals("SMTP:egor@contoso.com", server.requests().get(0).header("X-AnchorMailbox"));
        assertEquals(APP_ANCHOR, server.requests().get(1).header("X-AnchorMailbox"));
    }

    @Test
    void confirmFollowsTheImpact() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of(SET_MAILBOX).param("Identity", "a"));
            exo.invoke(CmdletRequest.of(REMOVE_MAILBOX).param("Identity", "a"));
            exo.invoke(CmdletRequest.of(SET_MAILBOX).param("Identity", "a"), ConfirmMode.EXECUTE);
            // unknown traits with ShouldProcess: treated as High
            exo.invoke(CmdletRequest.of(CmdletDescriptor.unknownTraits("Remove-Thing", true)).param("Identity", "a"));
            exo.invoke(CmdletRequest.of(SET_MAILBOX).param("Identity", "a"), ConfirmMode.VALIDATE);
        }
        // toJson(mode) renders what invoke(request, mode) sent
        assertEquals(parameters(4), parameters(CmdletRequest.of(SET_MAILBOX).param("Identity", "a")
                .toJson(ConfirmMode.VALIDATE)));
        assertEquals("{\"Identity\":\"a\",\"WhatIf\":true}", parameters(CmdletRequest.of(SET_MAILBOX)
                .param("Identity", "a").toJson(ConfirmMode.WHAT_IF)));
        assertEquals("{\"Identity\":\"a\"}", parameters(0));
        assertEquals("{\"Identity\":\"a\",\"Confirm\":false}", parameters(1));
        assertEquals("{\"Identity\":\"a\",\"Confirm\":false}", parameters(2));
        assertEquals("{\"Identity\":\"a\",\"Confirm\":false}", parameters(3));
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Mailbox\",\"Parameters\":{\"Identity\":\"a\"}}}",
                CmdletRequest.of(SET_MAILBOX).param("Identity", "a").toJson());
    }

    @Test
    void highImpactRunsTheValidationFlowWhenTheClientChoosesIt() {
        String question = "Remove mailbox a?";
        server.handler(r -> r.json().at("/CmdletInput/Parameters/Confirm").asBoolean()
                ? Reply.json("{\"@adminapi.confirmationmessage\":\"" + question + "\",\"value\":[]}")
                : Reply.json(page("", null)));
        List<String> asked = new ArrayList<>();
        InvokeResult removed;
        InvokeResult set;
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .confirmHighImpact((request, message) -> asked.add(message)).build()) {
            removed = exo.invoke(CmdletRequest.of(REMOVE_MAILBOX).param("Identity", "a"));
            set = exo.invoke(CmdletRequest.of(SET_MAILBOX).param("Identity", "a"));
            assertThrows(IllegalArgumentException.class,
                    () -> exo.stream(CmdletRequest.of(REMOVE_MAILBOX).param("Identity", "a")));
        }
        assertEquals(List.of(question), asked);
        assertTrue(removed.executed());
        assertEquals("{\"Identity\":\"a\",\"Confirm\":true}", parameters(0));
        assertEquals("{\"Identity\":\"a\",\"Confirm\":false}", parameters(1));
        assertEquals("{\"Identity\":\"a\"}", parameters(2));
        assertTrue(set.executed());
        assertEquals(3, server.requests().size());
    }

    @Test
    void confirmedCallsAreNeverBatched() {
        List<BatchItemResult> results;
        server.handler(r -> r.uri().getPath().endsWith("$batch")
                ? Reply.json("{\"responses\":[{\"id\":\"0\",\"status\":200,\"headers\":{},\"body\":"
                        + page("", null) + "}]}")
                : r.json().at("/CmdletInput/Parameters/Confirm").asBoolean()
                ? Reply.json("{\"@adminapi.confirmationmessage\":\"Remove a?\",\"value\":[]}")
                : Reply.json(page("", null)));
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .confirmHighImpact(ConfirmationHandler.never()).build()) {
            results = exo.invokeAll(List.of(CmdletRequest.of(REMOVE_MAILBOX).param("Identity", "a"),
                    CmdletRequest.of(SET_MAILBOX).param("Identity", "b")));
        }
        assertEquals(2, results.size());
        assertFalse(results.get(0).result().executed());
        long batches = server.requests().stream().filter(r -> r.uri().getPath().endsWith("$batch")).count();
        assertEquals(1, batches);
        assertEquals(2, server.requests().size());
    }

    @Test
    void theDescriptorTimeoutAppliesUnlessOverridden() {
        CmdletDescriptor slow = CmdletDescriptor.builder("Get-DistributionGroupMember").httpTimeoutSeconds(3660)
                .build();
        Timeouts t = Timeouts.defaults();
        assertEquals(Duration.ofSeconds(3660), t.requestTimeout(slow.cmdletName(), slow.httpTimeout()));
        assertEquals(Duration.ofSeconds(960), t.requestTimeout("Get-DistributionGroupMember"),
                "no name table in the runtime: without a descriptor the module default applies");
        assertEquals(Duration.ofSeconds(5), t.withCmdlet("get-distributiongroupmember", Duration.ofSeconds(5))
                .requestTimeout(slow.cmdletName(), slow.httpTimeout()));
        assertEquals(Duration.ofSeconds(7), t.withPerRequest(Duration.ofSeconds(7))
                .requestTimeout(slow.cmdletName(), slow.httpTimeout()));
    }
}
