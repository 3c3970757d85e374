package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.CmdletDescriptor;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.GetMailboxStatistics;
import dev.exobindings.exo.GetMobileDeviceStatistics;
import dev.exobindings.exo.NewDistributionGroup;
import dev.exobindings.exo.RemoveDistributionGroup;
import dev.exobindings.exo.SetMailbox;
import dev.exobindings.simulator.RecordedCall;
import dev.exobindings.simulator.junit.ExoSimulatorExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The generated descriptors reach the wire: routing only when asked and from the parameter the module names, Confirm
 * by ConfirmImpact, no batching for the cmdlets the module does not batch — checked on what the simulator received.
 */
class TraitsOnTheWireEndToEndTest {
    @RegisterExtension
    static final ExoSimulatorExtension SIMULATOR = new ExoSimulatorExtension(() -> Connections.simulator(40));

    private static String upn(int index) {
        return (String) SIMULATOR.simulator().tenant().mailboxes().state(index).get("UserPrincipalName");
    }

    private static List<RecordedCall> calls(String cmdlet) {
        return SIMULATOR.simulator().journal().calls(cmdlet);
    }

    @BeforeEach
    void clear() {
        SIMULATOR.simulator().journal().clear();
    }

    @Test
    void generatedDescriptorsCarryTheModuleTraits() {
        CmdletDescriptor device = GetMobileDeviceStatistics.DESCRIPTOR;
        assertEquals("Mailbox", device.routing().parameter());
        assertEquals("UseCustomRouting", device.routing().optInSwitch());
        assertFalse(device.batchable());
        assertEquals(CmdletDescriptor.ConfirmImpact.HIGH, RemoveDistributionGroup.DESCRIPTOR.confirmImpact());
        assertEquals(CmdletDescriptor.ConfirmImpact.MEDIUM, SetMailbox.DESCRIPTOR.confirmImpact());
    }

    @Test
    void routingByParameterOnlyWhenTheCallAsksAndTheSwitchIsNeverSent() {
        String upn = upn(3);
        try (ExchangeClient exo = Connections.client(SIMULATOR.simulator()).build()) {
            exo.invoke(GetMailboxStatistics.identity(upn));
            exo.invoke(GetMailboxStatistics.identity(upn).useCustomRouting());
        }
        List<RecordedCall> calls = calls("Get-MailboxStatistics");
        assertTrue(calls.get(0).header("X-AnchorMailbox").startsWith("APP:"), calls.get(0).headers().toString());
        assertNull(calls.get(0).header("parameter-based-routing"));
        assertEquals("SMTP:" + upn, calls.get(1).header("X-AnchorMailbox"));
        assertEquals("true", calls.get(1).header("parameter-based-routing"));
        assertFalse(calls.get(1).parametersJson().contains("UseCustomRouting"), calls.get(1).parametersJson());
    }

    @Test
    void theClientOptionRoutesRoutingCmdletsAndAValueWithoutAddressKeepsTheDefaultAnchor() {
        String upn = upn(4);
        try (ExchangeClient exo = Connections.client(SIMULATOR.simulator()).parameterBasedRouting(true).build()) {
            exo.invoke(GetMailboxStatistics.identity(upn));
            exo.invoke(GetMailbox.identity(upn));
            try {
                exo.invoke(GetMailboxStatistics.identity(
                        "Egor\\ExchangeActiveSyncDevices\\Hx§Outlook§419D2A3991784E4285"));
            } catch (ExchangeException noSuchMailbox) {
                // the simulated tenant has no such mailbox; only the anchor the call carried matters here
            }
        }
        List<RecordedCall> statistics = calls("Get-MailboxStatistics");
        assertEquals("SMTP:" + upn, statistics.get(0).header("X-AnchorMailbox"));
        assertTrue(calls("Get-Mailbox").get(0).header("X-AnchorMailbox").startsWith("APP:"));
        assertTrue(statistics.get(1).header("X-AnchorMailbox").startsWith("APP:"),
                statistics.get(1).headers().toString());
        assertNull(statistics.get(1).header("parameter-based-routing"));
    }

    @Test
    void confirmFollowsConfirmImpactAndTheValidationFlowIsTheClientsChoice() {
        List<String> asked = new ArrayList<>();
        try (ExchangeClient plain = Connections.client(SIMULATOR.simulator()).build();
             ExchangeClient careful = Connections.client(SIMULATOR.simulator())
                     .confirmHighImpact((request, message) -> asked.add(message)).build()) {
            plain.invoke(NewDistributionGroup.name("traits-a"));
            plain.invoke(RemoveDistributionGroup.identity("traits-a"));
            plain.invoke(NewDistributionGroup.name("traits-b"));
            InvokeResult removed = careful.invoke(RemoveDistributionGroup.identity("traits-b"));
            assertTrue(removed.executed());
        }
        assertFalse(calls("New-DistributionGroup").get(0).parametersJson().contains("Confirm"),
                "Medium impact: no Confirm key");
        List<RecordedCall> removes = calls("Remove-DistributionGroup");
        assertTrue(removes.get(0).parametersJson().contains("\"Confirm\":false"), removes.get(0).parametersJson());
        assertTrue(removes.get(1).parametersJson().contains("\"Confirm\":true"), removes.get(1).parametersJson());
        assertTrue(removes.get(2).parametersJson().contains("\"Confirm\":false"), removes.get(2).parametersJson());
        assertEquals(1, asked.size());
        assertEquals(3, removes.size());
    }

    @Test
    void cmdletsTheModuleDoesNotBatchRunOnTheirOwn() {
        String upn = upn(5);
        List<BatchItemResult> results;
        try (ExchangeClient exo = Connections.client(SIMULATOR.simulator()).build()) {
            results = exo.invokeAll(List.of(GetMailbox.identity(upn), GetMailboxStatistics.identity(upn),
                    GetMailbox.identity(upn(6))));
        }
        assertTrue(results.stream().allMatch(BatchItemResult::isSuccess), results.toString());
        assertTrue(calls("Get-Mailbox").stream().allMatch(RecordedCall::batched));
        assertFalse(calls("Get-MailboxStatistics").get(0).batched());
    }
}
