package dev.exobindings.metadata.diff;

import static dev.exobindings.metadata.diff.DiffFixtures.cmdlet;
import static dev.exobindings.metadata.diff.DiffFixtures.mandatoryIn;
import static dev.exobindings.metadata.diff.DiffFixtures.multiValued;
import static dev.exobindings.metadata.diff.DiffFixtures.optionalIn;
import static dev.exobindings.metadata.diff.DiffFixtures.parameter;
import static dev.exobindings.metadata.diff.DiffFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDifferTest {

    @Test
    void identicalSnapshotsHaveNoDifferences() {
        Snapshot s = snapshot("a", cmdlet("Get-Thing", parameter("Identity", "String", mandatoryIn("Identity"))));
        SnapshotDiff diff = SnapshotDiffer.diff(s, s);
        assertTrue(diff.isEmpty());
        assertEquals(0, diff.parameterChangeCount());
    }

    @Test
    void addedAndRemovedCmdletsAreSortedCaseInsensitively() {
        Snapshot before = snapshot("old", cmdlet("Get-Keep"), cmdlet("Remove-Gone"), cmdlet("get-alsoGone"));
        Snapshot after = snapshot("new", cmdlet("Get-Keep"), cmdlet("Set-Zeta"), cmdlet("new-Alpha"),
                cmdlet("New-beta"));
        SnapshotDiff diff = SnapshotDiffer.diff(before, after);
        assertEquals(List.of("new-Alpha", "New-beta", "Set-Zeta"), diff.cmdletsAdded());
        assertEquals(List.of("get-alsoGone", "Remove-Gone"), diff.cmdletsRemoved());
        assertEquals(List.of(), diff.cmdletsChanged());
        assertEquals("old", diff.oldName());
        assertEquals("new", diff.newName());
    }

    @Test
    void cmdletNamesDifferingOnlyInCaseAreTheSameCmdlet() {
        Snapshot before = snapshot("old", cmdlet("Get-EXOMailbox", parameter("Identity", "String")));
        Snapshot after = snapshot("new", cmdlet("Get-ExoMailbox", parameter("identity", "String")));
        assertTrue(SnapshotDiffer.diff(before, after).isEmpty());
    }

    @Test
    void parameterAddedAndRemovedCarryTheirTypes() {
        Snapshot before = snapshot("old", cmdlet("Set-Thing", parameter("Old", "Int32", optionalIn("Identity"))));
        Snapshot after = snapshot("new", cmdlet("Set-Thing", parameter("New", "Boolean", optionalIn("Identity"))));
        SnapshotDiff diff = SnapshotDiffer.diff(before, after);
        assertEquals(List.of(
                new ParameterChange("New", ChangeKind.PARAMETER_ADDED, null, null, "Boolean"),
                new ParameterChange("Old", ChangeKind.PARAMETER_REMOVED, null, "Int32", null)),
                diff.cmdletsChanged().get(0).changes());
        assertEquals("Set-Thing", diff.cmdletsChanged().get(0).cmdlet());
    }

    @Test
    void typeChangeIncludesElementTypeAndMultiValuedness() {
        Snapshot before = snapshot("old", cmdlet("Set-Thing",
                parameter("A", "String"),
                multiValued("B", "MultiValuedProperty", "String"),
                parameter("C", "String")));
        Snapshot after = snapshot("new", cmdlet("Set-Thing",
                parameter("A", "Unlimited"),
                multiValued("B", "MultiValuedProperty", "SmtpAddress"),
                multiValued("C", "String", null)));
        List<ParameterChange> changes = SnapshotDiffer.diff(before, after).cmdletsChanged().get(0).changes();
        assertEquals(List.of(
                new ParameterChange("A", ChangeKind.TYPE_CHANGED, null, "String", "Unlimited"),
                new ParameterChange("B", ChangeKind.TYPE_CHANGED, null, "MultiValuedProperty<String>",
                        "MultiValuedProperty<SmtpAddress>"),
                new ParameterChange("C", ChangeKind.TYPE_CHANGED, null, "String", "String (multi-valued)")),
                changes);
    }

    @Test
    void mandatoryChangeIsReportedPerSet() {
        Snapshot before = snapshot("old", cmdlet("Get-Thing",
                parameter("Identity", "String", optionalIn("Identity"), mandatoryIn("Filter"))));
        Snapshot after = snapshot("new", cmdlet("Get-Thing",
                parameter("Identity", "String", mandatoryIn("identity"), mandatoryIn("Filter"))));
        assertEquals(List.of(new ParameterChange("Identity", ChangeKind.MANDATORY_CHANGED, "identity", "optional",
                        "mandatory")),
                SnapshotDiffer.diff(before, after).cmdletsChanged().get(0).changes());
    }

    @Test
    void joiningAndLeavingSetsIsSetMembershipChange() {
        Snapshot before = snapshot("old", cmdlet("Get-Thing",
                parameter("Name", "String", optionalIn("Identity"), mandatoryIn("Filter"))));
        Snapshot after = snapshot("new", cmdlet("Get-Thing",
                parameter("Name", "String", optionalIn("Identity"), optionalIn("Anr"))));
        assertEquals(List.of(
                new ParameterChange("Name", ChangeKind.SET_MEMBERSHIP_CHANGED, "Anr", "not a member",
                        "member (optional)"),
                new ParameterChange("Name", ChangeKind.SET_MEMBERSHIP_CHANGED, "Filter", "member (mandatory)",
                        "not a member")),
                SnapshotDiffer.diff(before, after).cmdletsChanged().get(0).changes());
    }

    @Test
    void changesAreOrderedByParameterThenKindThenSetWhateverTheInputOrder() {
        Snapshot before = snapshot("old", cmdlet("Set-Thing",
                parameter("Zed", "String", optionalIn("B")),
                parameter("alpha", "String", optionalIn("A"))));
        Snapshot after = snapshot("new", cmdlet("Set-Thing",
                parameter("alpha", "Int32", mandatoryIn("A"), optionalIn("C")),
                parameter("Zed", "String", optionalIn("B")),
                parameter("Beta", "String")));
        List<ParameterChange> changes = SnapshotDiffer.diff(before, after).cmdletsChanged().get(0).changes();
        assertEquals(List.of("alpha/TYPE_CHANGED", "alpha/MANDATORY_CHANGED", "alpha/SET_MEMBERSHIP_CHANGED",
                        "Beta/PARAMETER_ADDED"),
                changes.stream().map(c -> c.parameter() + "/" + c.kind()).toList());
    }

    @Test
    void changedCmdletsAreSortedAndUnchangedOnesOmitted() {
        Snapshot before = snapshot("old",
                cmdlet("Set-B", parameter("X", "String")),
                cmdlet("Set-a", parameter("X", "String")),
                cmdlet("Set-C", parameter("X", "String")));
        Snapshot after = snapshot("new",
                cmdlet("Set-C", parameter("X", "Int32")),
                cmdlet("Set-B", parameter("X", "String")),
                cmdlet("Set-a", parameter("X", "Int32")));
        SnapshotDiff diff = SnapshotDiffer.diff(before, after);
        assertEquals(List.of("Set-a", "Set-C"), diff.cmdletsChanged().stream().map(CmdletChanges::cmdlet).toList());
        assertEquals(2, diff.count(ChangeKind.TYPE_CHANGED));
        assertFalse(diff.isEmpty());
        assertEquals("0 cmdlet(s) added, 0 removed, 2 parameter change(s) in 2 cmdlet(s)", diff.summary());
    }

    @Test
    void explicitNamesOverrideHeaderNames() {
        Snapshot s = snapshot("header-name");
        SnapshotDiff diff = SnapshotDiffer.diff("old.json", s, "new.json", s);
        assertEquals("old.json", diff.oldName());
        assertEquals("new.json", diff.newName());
    }
}
