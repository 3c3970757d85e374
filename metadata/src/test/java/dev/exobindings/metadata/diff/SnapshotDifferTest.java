package dev.exobindings.metadata.diff;

import static dev.exobindings.metadata.diff.DiffFixtures.aliased;
import static dev.exobindings.metadata.diff.DiffFixtures.at;
import static dev.exobindings.metadata.diff.DiffFixtures.cmdlet;
import static dev.exobindings.metadata.diff.DiffFixtures.mandatoryIn;
import static dev.exobindings.metadata.diff.DiffFixtures.multiValued;
import static dev.exobindings.metadata.diff.DiffFixtures.optionalIn;
import static dev.exobindings.metadata.diff.DiffFixtures.parameter;
import static dev.exobindings.metadata.diff.DiffFixtures.snapshot;
import static dev.exobindings.metadata.diff.DiffFixtures.valued;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per row kind, each asserting the row and its breaking label. */
class SnapshotDifferTest {

    private static List<DiffRow> rows(Cmdlet before, Cmdlet after) {
        return SnapshotDiffer.diff(snapshot("old", before), snapshot("new", after)).rows();
    }

    private static DiffRow only(Cmdlet before, Cmdlet after) {
        List<DiffRow> rows = rows(before, after);
        assertEquals(1, rows.size(), rows::toString);
        return rows.get(0);
    }

    private static void assertRow(DiffRow row, ChangeKind kind, String parameter, String set, String before,
                                  String after, boolean breaking) {
        assertEquals(kind, row.kind(), row::toString);
        assertEquals(parameter, row.parameter(), row::toString);
        assertEquals(set, row.set(), row::toString);
        assertEquals(before, row.before(), row::toString);
        assertEquals(after, row.after(), row::toString);
        assertEquals(breaking, row.breaking(), row::toString);
    }

    @Test
    void identicalSnapshotsHaveNoDifferencesAndExitZero() {
        Snapshot s = snapshot("a", cmdlet("Get-Thing", parameter("Identity", "String", mandatoryIn("Identity"))));
        SnapshotDiff diff = SnapshotDiffer.diff(s, s);
        assertTrue(diff.isEmpty());
        assertEquals(0, diff.exitCode(true));
    }

    @Test
    void cmdletsAddedAreSafeRemovedAreBreakingSortedCaseInsensitively() {
        Snapshot before = snapshot("old", cmdlet("Get-Keep"), cmdlet("Remove-Gone"), cmdlet("get-alsoGone"));
        Snapshot after = snapshot("new", cmdlet("Get-Keep"), cmdlet("Set-Zeta"), cmdlet("new-Alpha"));
        SnapshotDiff diff = SnapshotDiffer.diff(before, after);
        assertEquals(List.of("new-Alpha", "Set-Zeta"), diff.cmdletsAdded());
        assertEquals(List.of("get-alsoGone", "Remove-Gone"), diff.cmdletsRemoved());
        assertTrue(diff.rows(ChangeKind.CMDLET_ADDED).stream().noneMatch(DiffRow::breaking));
        assertTrue(diff.rows(ChangeKind.CMDLET_REMOVED).stream().allMatch(DiffRow::breaking));
        assertEquals(SnapshotDiff.EXIT_BREAKING, diff.exitCode(true));
        assertEquals(0, diff.exitCode(false));
    }

    /** A capture holds what the capturing account's roles allow: a missing cmdlet may not be gone from the service. */
    @Test
    void aCmdletMissingFromACaptureSaysItMayBeTheAccountsRoles() {
        Snapshot bundled = snapshot("bundled", cmdlet("Get-Keep"), cmdlet("Get-Admin"));
        Snapshot capture = snapshot("capture", cmdlet("Get-Keep", null, List.of(SourceKind.DOCS, SourceKind.CAPTURE)));
        List<DiffRow> rows = SnapshotDiffer.diff(bundled, capture).rows();
        assertEquals(1, rows.size(), rows::toString);
        assertRow(rows.get(0), ChangeKind.CMDLET_REMOVED, null, null, null, null, true);
        assertEquals("Get-Admin", rows.get(0).cmdlet());
        assertTrue(rows.get(0).why().contains("not allowed to the account that captured (RBAC)"), rows::toString);
        List<DiffRow> plain = SnapshotDiffer.diff(bundled, snapshot("docs", cmdlet("Get-Keep"))).rows();
        assertEquals("its class disappears", plain.get(0).why(), "not a capture: nothing about roles");
    }

    @Test
    void aCmdletTheServiceDropsWhileTheDocsKeepItIsBreaking() {
        Cmdlet served = cmdlet("Get-Old", null, List.of(SourceKind.DOCS, SourceKind.CATALOG),
                parameter("Identity", "String", optionalIn("Identity")));
        Cmdlet docsOnly = cmdlet("Get-Old", null, List.of(SourceKind.DOCS),
                parameter("Identity", "String", optionalIn("Identity")), parameter("Extra", "String",
                        optionalIn("Identity")));
        DiffRow row = only(served, docsOnly);
        assertRow(row, ChangeKind.CMDLET_DROPPED_BY_SERVICE, null, null, "[docs, catalog]", "[docs]", true);
    }

    @Test
    void parameterAddedIsBreakingOnlyWhenMandatory() {
        Cmdlet before = cmdlet("Set-Thing", parameter("Identity", "String", mandatoryIn("Identity")));
        assertRow(only(before, cmdlet("Set-Thing", parameter("Identity", "String", mandatoryIn("Identity")),
                parameter("Note", "String", optionalIn("Identity")))),
                ChangeKind.PARAMETER_ADDED, "Note", null, null, "String", false);
        assertRow(only(before, cmdlet("Set-Thing", parameter("Identity", "String", mandatoryIn("Identity")),
                parameter("Owner", "Int32", mandatoryIn("Identity")))),
                ChangeKind.PARAMETER_ADDED, "Owner", null, null, "Int32", true);
    }

    @Test
    void parameterRemovedIsBreaking() {
        assertRow(only(cmdlet("Set-Thing", parameter("Old", "Int32", optionalIn("Identity")),
                        parameter("Keep", "String", optionalIn("Identity"))),
                cmdlet("Set-Thing", parameter("Keep", "String", optionalIn("Identity")))),
                ChangeKind.PARAMETER_REMOVED, "Old", null, "Int32", null, true);
    }

    @Test
    void parameterRenamedByAliasOrByIdenticalShape() {
        // the new parameter keeps the old name as an alias (which is itself an alias change)
        List<DiffRow> byAlias = rows(cmdlet("Set-Thing", parameter("Colour", "String", optionalIn("Identity"))),
                cmdlet("Set-Thing", aliased("Color", "String", List.of("Colour"), optionalIn("Identity"))));
        assertEquals(2, byAlias.size(), byAlias::toString);
        assertRow(byAlias.get(0), ChangeKind.PARAMETER_RENAMED, "Color", null, "Colour", "Color", true);
        assertRow(byAlias.get(1), ChangeKind.ALIAS_CHANGED, "Color", null, "[]", "[Colour]", false);
        // same type, same memberships, the only candidate
        assertRow(only(cmdlet("Set-Thing", parameter("MaxSize", "Int32", mandatoryIn("Identity"))),
                cmdlet("Set-Thing", parameter("MaximumSize", "Int32", mandatoryIn("Identity")))),
                ChangeKind.PARAMETER_RENAMED, "MaximumSize", null, "MaxSize", "MaximumSize", true);
    }

    @Test
    void typeChangedButNeverForARespelling() {
        assertRow(only(cmdlet("Set-Thing", parameter("Size", "Int32", optionalIn("Identity"))),
                cmdlet("Set-Thing", parameter("Size", "Int64", optionalIn("Identity")))),
                ChangeKind.TYPE_CHANGED, "Size", null, "Int32", "Int64", true);
        String[][] respellings = {{"int16", "System.Int16"}, {"short", "Int16"}, {"uint16", "ushort"},
                {"System.Int32", "int"}, {"int[]", "System.Int32[]"}, {"Nullable[int]", "Int32"},
                {"System.Nullable`1[System.Int32]", "int?"}, {"bool", "System.Boolean"},
                {"System.Collections.Generic.List`1[System.String]", "List[string]"}};
        for (String[] pair : respellings) {
            assertTrue(rows(cmdlet("Set-Thing", parameter("P", pair[0], optionalIn("Identity"))),
                    cmdlet("Set-Thing", parameter("P", pair[1], optionalIn("Identity")))).isEmpty(),
                    pair[0] + " vs " + pair[1]);
        }
        assertRow(only(cmdlet("Set-Thing", multiValued("P", "String[]", "String", optionalIn("Identity"))),
                cmdlet("Set-Thing", parameter("P", "String", optionalIn("Identity")))),
                ChangeKind.TYPE_CHANGED, "P", null, "String[]<String>", "String", true);
    }

    @Test
    void mandatoryChangedEitherWayIsBreaking() {
        assertRow(only(cmdlet("Set-Thing", parameter("Identity", "String", optionalIn("Identity"))),
                cmdlet("Set-Thing", parameter("Identity", "String", mandatoryIn("Identity")))),
                ChangeKind.MANDATORY_CHANGED, "Identity", "Identity", "optional", "mandatory", true);
        assertRow(only(cmdlet("Set-Thing", parameter("Identity", "String", mandatoryIn("Identity"))),
                cmdlet("Set-Thing", parameter("Identity", "String", optionalIn("Identity")))),
                ChangeKind.MANDATORY_CHANGED, "Identity", "Identity", "mandatory", "optional", true);
    }

    @Test
    void setMembershipJoinedOptionalIsSafeLeftIsBreaking() {
        Cmdlet before = cmdlet("Get-Thing", parameter("Identity", "String", optionalIn("Identity")),
                parameter("Anr", "String", optionalIn("AnrSet")), parameter("Filter", "String", optionalIn("Identity")));
        Cmdlet after = cmdlet("Get-Thing", parameter("Identity", "String", optionalIn("Identity")),
                parameter("Anr", "String", optionalIn("AnrSet"), optionalIn("Identity")),
                parameter("Filter", "String", optionalIn("AnrSet")));
        List<DiffRow> rows = rows(before, after);
        assertEquals(3, rows.size(), rows::toString);
        assertRow(rows.get(0), ChangeKind.SET_MEMBERSHIP_CHANGED, "Anr", "Identity", "not a member",
                "member (optional)", false);
        assertRow(rows.get(1), ChangeKind.SET_MEMBERSHIP_CHANGED, "Filter", "AnrSet", "not a member",
                "member (optional)", false);
        assertRow(rows.get(2), ChangeKind.SET_MEMBERSHIP_CHANGED, "Filter", "Identity", "member (optional)",
                "not a member", true);
    }

    @Test
    void setsAddedRemovedAndRenamedWithTheirBuilderTypes() {
        JavaNaming naming = (cmdlet, set) -> cmdlet.name().replace("-", "") + "." + set + "Set";
        Cmdlet before = cmdlet("Get-Thing", parameter("Identity", "String", mandatoryIn("Identity")),
                parameter("Anr", "String", mandatoryIn("Anr")), parameter("Old", "String", mandatoryIn("Legacy")));
        Cmdlet after = cmdlet("Get-Thing", parameter("Identity", "String", mandatoryIn("ByIdentity")),
                parameter("Anr", "String", mandatoryIn("Anr")), parameter("Fresh", "Int32", mandatoryIn("Modern")));
        SnapshotDiff diff = SnapshotDiffer.diff("old", snapshot("old", before), "new", snapshot("new", after), naming);
        DiffRow renamed = diff.rows(ChangeKind.SET_RENAMED).get(0);
        assertRow(renamed, ChangeKind.SET_RENAMED, null, "ByIdentity", "Identity (GetThing.IdentitySet)",
                "ByIdentity (GetThing.ByIdentitySet)", true);
        assertRow(diff.rows(ChangeKind.SET_REMOVED).get(0), ChangeKind.SET_REMOVED, null, "Legacy",
                "Legacy (GetThing.LegacySet)", null, true);
        assertRow(diff.rows(ChangeKind.SET_ADDED).get(0), ChangeKind.SET_ADDED, null, "Modern", null,
                "Modern (GetThing.ModernSet)", false);
        // the renamed set's members are not reported as leaving and joining sets; whole-set rows cover the members
        assertEquals(0, diff.count(ChangeKind.SET_MEMBERSHIP_CHANGED));
        // a parameter mandatory only in the new set changes no existing entry method
        DiffRow fresh = diff.rows(ChangeKind.PARAMETER_ADDED).get(0);
        assertRow(fresh, ChangeKind.PARAMETER_ADDED, "Fresh", null, null, "Int32", false);
        assertEquals(ChangeKind.PARAMETER_REMOVED, diff.rows(ChangeKind.PARAMETER_REMOVED).get(0).kind());
    }

    @Test
    void aRenameThatKeepsTheBuilderNameIsNotBreaking() {
        JavaNaming onlySetIsRequest = (cmdlet, set) -> cmdlet.name().replace("-", "") + ".Request";
        Cmdlet before = cmdlet("New-Thing", parameter("Name", "String", mandatoryIn("__AllParameterSets")));
        Cmdlet after = cmdlet("New-Thing", parameter("Name", "String", mandatoryIn("Identity")));
        DiffRow row = SnapshotDiffer.diff("a", snapshot("a", before), "b", snapshot("b", after), onlySetIsRequest)
                .rows().get(0);
        assertRow(row, ChangeKind.SET_RENAMED, null, "Identity", "__AllParameterSets (NewThing.Request)",
                "Identity (NewThing.Request)", false);
    }

    @Test
    void defaultSetChangedIsBreaking() {
        Cmdlet before = cmdlet("Get-Thing", "Identity", List.of(SourceKind.CATALOG),
                parameter("Identity", "String", optionalIn("Identity")), parameter("Anr", "String", optionalIn("Anr")));
        Cmdlet after = cmdlet("Get-Thing", "Anr", List.of(SourceKind.CATALOG),
                parameter("Identity", "String", optionalIn("Identity")), parameter("Anr", "String", optionalIn("Anr")));
        assertRow(only(before, after), ChangeKind.DEFAULT_SET_CHANGED, null, null, "Identity", "Anr", true);
    }

    @Test
    void enumValueAddedIsSafeRemovedIsBreaking() {
        List<DiffRow> rows = rows(cmdlet("Set-Thing", valued("Mode", List.of("On", "Off"), optionalIn("Identity"))),
                cmdlet("Set-Thing", valued("Mode", List.of("on", "Auto"), optionalIn("Identity"))));
        assertEquals(2, rows.size(), rows::toString);
        assertRow(rows.get(0), ChangeKind.ENUM_VALUE_ADDED, "Mode", null, null, "Auto", false);
        assertRow(rows.get(1), ChangeKind.ENUM_VALUE_REMOVED, "Mode", null, "Off", null, true);
    }

    @Test
    void positionPipelineAndAliasChangesAreNotBreaking() {
        List<DiffRow> rows = rows(
                cmdlet("Get-Thing", aliased("Identity", "String", List.of("Id"), at("Identity", 0, true))),
                cmdlet("Get-Thing", aliased("Identity", "String", List.of("Name"), at("Identity", null, false))));
        assertEquals(3, rows.size(), rows::toString);
        assertRow(rows.get(0), ChangeKind.POSITION_CHANGED, "Identity", "Identity", "0", "named", false);
        assertRow(rows.get(1), ChangeKind.PIPELINE_CHANGED, "Identity", "Identity", "by value", "none", false);
        assertRow(rows.get(2), ChangeKind.ALIAS_CHANGED, "Identity", null, "[Id]", "[Name]", false);
    }

    @Test
    void namesDifferingOnlyInCaseAreTheSame() {
        assertTrue(rows(cmdlet("Get-EXOMailbox", parameter("Identity", "String", optionalIn("Identity"))),
                cmdlet("Get-ExoMailbox", parameter("identity", "string", optionalIn("IDENTITY")))).isEmpty());
        assertFalse(rows(cmdlet("Get-A", parameter("X", "String", optionalIn("Identity"))),
                cmdlet("Get-A", parameter("X", "Int32", optionalIn("Identity")))).isEmpty());
    }
}
