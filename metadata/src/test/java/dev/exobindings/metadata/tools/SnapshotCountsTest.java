package dev.exobindings.metadata.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exobindings.metadata.SharedInputs;
import dev.exobindings.metadata.docs.DocsCounts;
import dev.exobindings.metadata.merge.ConflictKind;
import dev.exobindings.metadata.merge.MergeReport;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The counts of the bundled snapshots, measured once from ../shared and written here by hand. A change in an
 * importer or in the merge rules shows up as a failure here (update the numbers and metadata/README.md together).
 */
class SnapshotCountsTest {

    @Test
    void importersReadTheHeadlineCountsOfTheAnalysis() {
        AssembledSnapshots assembled = SharedInputs.assembled();
        DocsCounts docs = assembled.docsCounts();
        assertEquals(1437, docs.pages());
        assertEquals(730, docs.exchangeOnlinePages());
        assertEquals(275, docs.securityCompliancePages());
        assertEquals(6863, docs.exchangeOnlineParameterSections());
        assertEquals(825, assembled.catalogCmdlets());
    }

    @Test
    void exchangeOnlineUnionAndSplitBySource() {
        MergeReport report = SharedInputs.assembled().exchangeOnlineReport();
        assertEquals(893, report.cmdlets());
        assertEquals(662, report.inBothSources().size());
        assertEquals(163, report.onlyInCatalog().size());
        assertEquals(68, report.onlyInDocs().size());
        assertEquals(6567, report.parameters());
        assertEquals(893, SharedInputs.assembled().exchangeOnline().cmdlets().size());
    }

    @Test
    void exchangeOnlineConflictsByKind() {
        Map<ConflictKind, Integer> counts = SharedInputs.assembled().exchangeOnlineReport().countsByKind();
        assertEquals(1, counts.get(ConflictKind.CMDLET_NAME_CASE));
        assertEquals(49, counts.get(ConflictKind.PARAMETER_ONLY_IN_DOCS));
        // 24: New-RoleGroup -WellKnownObject is in the docs' on-premises set CrossForest only, which the docs importer
        // drops for Exchange Online; the service has the parameter, so it comes from the catalog.
        assertEquals(24, counts.get(ConflictKind.PARAMETER_ONLY_IN_CATALOG));
        assertEquals(18, counts.get(ConflictKind.PARAMETER_NAME_CASE));
        assertEquals(11, counts.get(ConflictKind.TYPE));
        assertEquals(1, counts.get(ConflictKind.SWITCH));
        assertEquals(28, counts.get(ConflictKind.MANDATORY));
        assertEquals(74, counts.get(ConflictKind.POSITION));
        assertEquals(485, counts.get(ConflictKind.PIPELINE));
        // 67: Test-MAPIConnectivity's catalog now lists its parameterless default set Server, as the docs do
        assertEquals(67, counts.get(ConflictKind.SET_LIST));
        assertEquals(6, counts.get(ConflictKind.SET_MEMBERSHIP));
        assertEquals(0, counts.get(ConflictKind.DEFAULT_SET));
        assertEquals(0, counts.get(ConflictKind.DEFAULT_SET_ONLY_IN_DOCS));
        assertEquals(2, counts.get(ConflictKind.DEFAULT_SET_UNUSABLE));
        assertEquals(0, counts.get(ConflictKind.VALUE_LIST));
        assertEquals(0, counts.get(ConflictKind.ALIAS));
        assertEquals(766, SharedInputs.assembled().exchangeOnlineReport().conflicts().size());
    }

    @Test
    void securityComplianceIsDocsOnly() {
        MergeReport report = SharedInputs.assembled().securityComplianceReport();
        assertEquals(275, report.cmdlets());
        assertEquals(275, report.onlyInDocs().size());
        assertEquals(0, report.inBothSources().size());
        assertEquals(2352, report.parameters());
        assertEquals(1, report.count(ConflictKind.DEFAULT_SET_UNUSABLE));
        assertEquals(1, report.conflicts().size());
    }

    @Test
    void proseValueListsInTheSnapshots() {
        // Measured after the value-list rules (examples, prefixes, address types, conditional lists, identity forms
        // are not enums); the merge keeps a docs list only where the catalog has no ValidateSet.
        // 419 since the syntax overrules a yaml type that cannot hold the listed values (New-ApplicationAccessPolicy
        // -AccessRight, Set-MailboxCalendarConfiguration -WeatherEnabled).
        assertEquals(419, proseLists(SharedInputs.assembled().exchangeOnline()));
        assertEquals(181, proseLists(SharedInputs.assembled().securityCompliance()));
    }

    private static long proseLists(Snapshot snapshot) {
        return snapshot.cmdlets().stream().flatMap(c -> c.parameters().stream())
                .filter(p -> p.valuesOrigin() == ValuesOrigin.DOCS_PROSE).count();
    }

    @Test
    void docsWarningsFollowTheCatalogNotesInTheReport() {
        java.util.List<String> notes = SharedInputs.assembled().exchangeOnlineReport().notes();
        java.util.List<String> docsNotes = notes.subList(4, notes.size());
        assertEquals(61, docsNotes.size(), "2 of the 63 warnings concern Security & Compliance only");
        assertEquals(49, docsNotes.stream().filter(n -> n.contains(": parameter set dropped [Exchange Online]: ")).count());
        assertEquals(10, docsNotes.stream().filter(n -> n.contains(": yaml type overruled by the syntax [")).count());
        assertEquals(2, docsNotes.stream().filter(n -> n.contains(": parameter dropped [")).count());
        assertEquals("63 warnings: 2 parameter dropped, 10 yaml type overruled by the syntax, 51 parameter set dropped",
                SharedInputs.assembled().docsWarningSummary());
    }

    @Test
    void catalogNotesRecordDroppedDefaultSets() {
        assertEquals(java.util.List.of(
                "New-ElevatedAccessApprovalPolicy: declared default set 'Default' has no parameters (sets "
                        + "[RoleGroupParams, RoleParams, TaskParams]); kept as a set, default dropped",
                "New-ElevatedAccessRequest: declared default set 'Default' has no parameters (sets "
                        + "[RoleGroupParams, RoleParams, TaskParams]); kept as a set, default dropped",
                "New-PrivilegedIdentityManagementRequest: declared default set 'Default' has no parameters (sets "
                        + "[RoleGroupParams, RoleParams, TaskParams]); kept as a set, default dropped",
                "Test-MAPIConnectivity: declared default set 'Server' has no parameters (sets [Identity]); "
                        + "kept as a set, default dropped"),
                SharedInputs.assembled().exchangeOnlineReport().notes().subList(0, 4));
    }
}
