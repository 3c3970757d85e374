package dev.exobindings.metadata.traits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModuleTraitsTableTest {
    private static final String HEAD = "# comment\n" + ModuleTraitsTable.HEADER + "\n";

    private static ModuleTraitsException reject(String rows) {
        return assertThrows(ModuleTraitsException.class, () -> ModuleTraitsTable.parse("t.tsv", HEAD + rows));
    }

    @Test
    void readsEveryColumnAndDefaults() {
        Map<String, CmdletTraits> table = ModuleTraitsTable.parse("t.tsv", HEAD
                + "Get-MobileDeviceStatistics\tfalse\t\tfalse\tMailbox\tmailbox-id\t\n"
                + "Remove-Widget\ttrue\tHigh\ttrue\t\t\t3600\n"
                + "Set-Widget\ttrue\t\ttrue\t\t\t\n");
        assertEquals(new CmdletTraits(false, null, false, new RoutingHint("Mailbox", RoutingKind.MAILBOX_ID), 960),
                table.get("get-mobiledevicestatistics"));
        assertEquals(new CmdletTraits(true, ConfirmImpact.HIGH, true, null, 3660), table.get("Remove-Widget"));
        CmdletTraits set = table.get("Set-Widget");
        assertNull(set.confirmImpact());
        assertEquals(ConfirmImpact.MEDIUM, set.effectiveConfirmImpact());
        assertEquals(ConfirmImpact.NONE, table.get("Get-MobileDeviceStatistics").effectiveConfirmImpact());
    }

    @Test
    void aTableSavedWithAByteOrderMarkAndCrLfIsRead() {
        Map<String, CmdletTraits> table = ModuleTraitsTable.parse("t.tsv", "\uFEFF" + ModuleTraitsTable.HEADER
                + "\r\nRemove-Widget\ttrue\tHigh\ttrue\t\t\t3600\r\n");
        assertEquals(new CmdletTraits(true, ConfirmImpact.HIGH, true, null, 3660), table.get("Remove-Widget"));
    }

    @Test
    void malformedRowsNameTheLineAndTheFix() {
        ModuleTraitsException e = reject("A-B\tmaybe\t\ttrue\t\t\t\n");
        assertTrue(e.getMessage().startsWith("t.tsv:3: supportsShouldProcess 'maybe' is not true or false. Fix: "),
                e.getMessage());
        assertTrue(reject("A-B\tfalse\tHigh\ttrue\t\t\t\n").getMessage().contains("without supportsShouldProcess"));
        assertTrue(reject("A-B\tfalse\t\ttrue\tIdentity\tupn\t\n").getMessage().contains("unknown routingRule"));
        assertTrue(reject("A-B\tfalse\t\ttrue\tIdentity\t\t\n").getMessage().contains("together"));
        assertTrue(reject("A-B\tfalse\t\ttrue\t\t\t-5\n").getMessage().contains("not a positive whole number"));
        assertTrue(reject("A-B\tfalse\t\ttrue\t\t\n").getMessage().contains("expected 7"));
        assertTrue(reject("A-B\tfalse\t\ttrue\t\t\t\na-b\tfalse\t\ttrue\t\t\t\n").getMessage()
                .startsWith("t.tsv:4: second row"));
        assertTrue(reject("../x\tfalse\t\ttrue\t\t\t\n").getMessage().contains("invalid cmdlet name"));
        assertTrue(assertThrows(ModuleTraitsException.class, () -> ModuleTraitsTable.parse("t.tsv", "a\tb\n"))
                .getMessage().startsWith("t.tsv:1: expected the header row"));
    }

    @Test
    void bundledTableHasTheModuleCountsOfTheFormatReference() {
        // counts stated in reference/module-proxy-format.md for that module
        Map<String, CmdletTraits> table = ModuleTraitsTable.bundledExchangeOnline();
        assertEquals(787, table.size());
        assertEquals(771, table.values().stream().filter(CmdletTraits::batchable).count());
        assertEquals(16, table.values().stream().filter(t -> t.routing() != null).count());
        assertEquals(2, table.values().stream()
                .filter(t -> t.routing() != null && t.routing().kind() == RoutingKind.FOLDER_ID).count());
        assertEquals(432, table.values().stream().filter(CmdletTraits::supportsShouldProcess).count());
        assertEquals(129, table.values().stream().filter(t -> t.confirmImpact() == ConfirmImpact.HIGH).count());
        assertEquals(303, table.values().stream().filter(t -> t.confirmImpact() == ConfirmImpact.MEDIUM).count());
        assertEquals(new RoutingHint("Mailbox", RoutingKind.MAILBOX_ID),
                table.get("Get-MobileDeviceStatistics").routing());
        assertEquals(3660, table.get("Get-DistributionGroupMember").httpTimeoutSeconds()); // server 3600 + 60
    }
}
