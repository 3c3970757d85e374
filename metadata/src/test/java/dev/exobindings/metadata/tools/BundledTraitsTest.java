package dev.exobindings.metadata.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.traits.ModuleTraitsTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled snapshots carry the module traits of the bundled table, and only where the table has the cmdlet. */
class BundledTraitsTest {
    private final Snapshot exo = BundledSnapshots.exchangeOnline();

    @Test
    void everyCmdletTheTableNamesHasExactlyItsTraits() {
        Map<String, CmdletTraits> table = ModuleTraitsTable.bundledExchangeOnline();
        int withTraits = 0;
        for (Cmdlet cmdlet : exo.cmdlets()) {
            CmdletTraits expected = table.get(cmdlet.name());
            if (expected == null) {
                assertNull(cmdlet.traits(), cmdlet.name());
                continue;
            }
            withTraits++;
            assertEquals(expected.supportsShouldProcess(), cmdlet.supportsShouldProcess(), cmdlet.name());
            assertEquals(expected.confirmImpact(), cmdlet.traits().confirmImpact(), cmdlet.name());
            assertEquals(expected.batchable(), cmdlet.traits().batchable(), cmdlet.name());
            assertEquals(expected.httpTimeoutSeconds(), cmdlet.traits().httpTimeoutSeconds(), cmdlet.name());
            assertEquals(expected.routing() == null, cmdlet.traits().routing() == null, cmdlet.name());
        }
        assertEquals(withTraits, exo.header().counts().get("cmdletsWithTraits"));
        assertEquals(766, withTraits); // measured; 21 table cmdlets are in neither the catalog nor the docs
        assertEquals(0, BundledSnapshots.securityCompliance().header().counts().get("cmdletsWithTraits"));
    }

    @Test
    void moduleFactsThatMatterOnTheWire() {
        assertEquals(new RoutingHint("Mailbox", RoutingKind.MAILBOX_ID),
                exo.cmdlet("Get-MobileDeviceStatistics").orElseThrow().traits().routing());
        assertEquals(RoutingKind.FOLDER_ID,
                exo.cmdlet("Get-MailboxFolderPermission").orElseThrow().traits().routing().kind());
        CmdletTraits removeMailbox = exo.cmdlet("Remove-Mailbox").orElseThrow().traits();
        assertEquals(ConfirmImpact.HIGH, removeMailbox.confirmImpact());
        assertEquals(1860, exo.cmdlet("Set-OrganizationConfig").orElseThrow().traits().httpTimeoutSeconds());
        // a catalog-only cmdlet whose proxy has no Confirm parameter in the catalog: ShouldProcess from the module
        Cmdlet check = exo.cmdlet("Check-ExoInformationBarrierSymmetry").orElseThrow();
        assertTrue(check.supportsShouldProcess());
    }
}
