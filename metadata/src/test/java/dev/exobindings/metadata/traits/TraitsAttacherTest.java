package dev.exobindings.metadata.traits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.RoutingHint;
import dev.exobindings.metadata.model.RoutingKind;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TraitsAttacherTest {
    private static Cmdlet cmdlet(String name, String parameter) {
        Parameter p = new Parameter(parameter, "String", null, false, false, List.of(), List.of(), ValuesOrigin.NONE,
                false, false, List.of(new ParameterSetMembership(Cmdlet.ALL_PARAMETER_SETS, false, 0, false, false)));
        String[] parts = name.split("-");
        return new Cmdlet(name, parts[0], parts[1], Product.EXCHANGE_ONLINE, null, null, false,
                List.of(SourceKind.CATALOG), List.of(Cmdlet.ALL_PARAMETER_SETS), List.of(p));
    }

    @Test
    void attachesByNameRespellsTheRoutingParameterAndListsUnusedRows() {
        Map<String, CmdletTraits> table = Map.of(
                "GET-THING", new CmdletTraits(false, null, false, new RoutingHint("MAILBOX", RoutingKind.MAILBOX_ID),
                        960),
                "Remove-Thing", new CmdletTraits(true, ConfirmImpact.HIGH, true, null, 960),
                "Old-Thing", new CmdletTraits(false, null, true, null, 960));
        java.util.TreeMap<String, CmdletTraits> ci = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.putAll(table);
        TraitsAttacher.Attached attached = TraitsAttacher.attach(
                List.of(cmdlet("Get-Thing", "Mailbox"), cmdlet("Remove-Thing", "Identity"), cmdlet("New-Thing", "Name")),
                ci, "t.tsv");
        assertEquals(2, attached.withTraits());
        assertEquals("Mailbox", attached.cmdlets().get(0).traits().routing().parameter());
        assertTrue(attached.cmdlets().get(1).supportsShouldProcess());
        assertNull(attached.cmdlets().get(2).traits());
        assertEquals(Set.of("Old-Thing"), attached.tableOnly());
    }

    @Test
    void aRoutingParameterTheCmdletLacksIsAnError() {
        Map<String, CmdletTraits> table = Map.of("Get-Thing",
                new CmdletTraits(false, null, false, new RoutingHint("Mailbox", RoutingKind.MAILBOX_ID), 960));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TraitsAttacher.attach(List.of(cmdlet("Get-Thing", "Identity")), table, "t.tsv"));
        assertTrue(e.getMessage().startsWith("t.tsv: Get-Thing: routing parameter 'Mailbox' is not a parameter"),
                e.getMessage());
    }
}
