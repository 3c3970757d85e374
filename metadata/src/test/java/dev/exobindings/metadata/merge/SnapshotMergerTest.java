package dev.exobindings.metadata.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Merge rules on small hand-made cmdlets, one conflict kind at a time. */
class SnapshotMergerTest {
    private static final String ALL = Cmdlet.ALL_PARAMETER_SETS;

    private static ParameterSetMembership in(String set) {
        return new ParameterSetMembership(set, false, null, false, false);
    }

    private static Parameter parameter(String name, String type, ParameterSetMembership... sets) {
        boolean isSwitch = type.equals("SwitchParameter");
        boolean multi = type.endsWith("[]") || type.equals("MultiValuedProperty");
        return new Parameter(name, type, null, multi, isSwitch, List.of(), List.of(), ValuesOrigin.NONE, false, false,
                List.of(sets));
    }

    private static Parameter withValues(Parameter p, ValuesOrigin origin, String... values) {
        return new Parameter(p.name(), p.type(), p.elementType(), p.multiValued(), p.isSwitch(), p.aliases(),
                List.of(values), origin, p.internal(), p.deprecated(), p.sets());
    }

    private static Cmdlet cmdlet(String name, SourceKind source, String defaultSet, List<String> sets,
                                 Parameter... parameters) {
        int dash = name.indexOf('-');
        return new Cmdlet(name, name.substring(0, dash), name.substring(dash + 1), Product.EXCHANGE_ONLINE,
                defaultSet, source == SourceKind.DOCS ? "https://learn.microsoft.com/x/" + name.toLowerCase() : null,
                false, List.of(source), sets, List.of(parameters));
    }

    private static MergeResult merge(List<Cmdlet> catalog, List<Cmdlet> docs) {
        return SnapshotMerger.merge("test", Product.EXCHANGE_ONLINE, catalog, docs, List.of());
    }

    private static List<String> lines(MergeResult result) {
        return result.report().conflicts().stream().map(Conflict::line).toList();
    }

    @Test
    void catalogDecidesSetsAndMandatoryDocsDecideTypeAndUrl() {
        Cmdlet catalog = cmdlet("Get-Thing", SourceKind.CATALOG, "Identity", List.of("Identity", "Filter"),
                parameter("Identity", "Object", new ParameterSetMembership("Identity", true, 0, true, true)),
                parameter("Filter", "String", in("Filter")));
        Cmdlet docs = cmdlet("Get-Thing", SourceKind.DOCS, null, List.of("Identity", "Filter"),
                parameter("Identity", "ThingIdParameter", new ParameterSetMembership("Identity", true, 1, true, true)),
                parameter("Filter", "String", in("Filter")));
        MergeResult result = merge(List.of(catalog), List.of(docs));
        Cmdlet merged = result.cmdlets().get(0);
        assertEquals(List.of(SourceKind.DOCS, SourceKind.CATALOG), merged.sources());
        assertEquals("Identity", merged.defaultParameterSet());
        assertEquals("https://learn.microsoft.com/x/get-thing", merged.documentationUrl());
        Parameter identity = merged.parameter("Identity").orElseThrow();
        assertEquals("ThingIdParameter", identity.type());
        assertEquals(List.of(new ParameterSetMembership("Identity", true, 0, true, true)), identity.sets());
        assertEquals(List.of(), lines(result), "positions 0 vs 1 are both positional: no conflict");
        assertEquals(List.of("Get-Thing"), result.report().inBothSources());
    }

    @Test
    void parametersOnlyInOneSource() {
        Cmdlet catalog = cmdlet("Set-Thing", SourceKind.CATALOG, null, List.of(ALL),
                parameter("Identity", "Object", in(ALL)), parameter("NewFlag", "Boolean", in(ALL)));
        Cmdlet docs = cmdlet("Set-Thing", SourceKind.DOCS, null, List.of(ALL),
                parameter("Identity", "ThingIdParameter", in(ALL)), parameter("OnPremOnly", "Fqdn", in(ALL)));
        MergeResult result = merge(List.of(catalog), List.of(docs));
        assertEquals(List.of("Identity", "NewFlag"),
                result.cmdlets().get(0).parameters().stream().map(Parameter::name).toList());
        assertEquals(List.of("[parameter-only-in-catalog] Set-Thing -NewFlag: catalog type Boolean",
                "[parameter-only-in-docs] Set-Thing -OnPremOnly: docs type Fqdn"), lines(result));
        assertEquals(1, result.report().count(ConflictKind.PARAMETER_ONLY_IN_DOCS));
        assertEquals(1, result.report().count(ConflictKind.PARAMETER_ONLY_IN_CATALOG));
    }

    @Test
    void typeSwitchMandatoryPositionAndPipelineConflicts() {
        Cmdlet catalog = cmdlet("New-Thing", SourceKind.CATALOG, null, List.of(ALL),
                parameter("Name", "String", new ParameterSetMembership(ALL, true, null, false, false)),
                parameter("Enabled", "String", in(ALL)),
                parameter("Force", "SwitchParameter", in(ALL)),
                parameter("Members", "Object[]", new ParameterSetMembership(ALL, false, 0, true, false)));
        Cmdlet docs = cmdlet("New-Thing", SourceKind.DOCS, null, List.of(ALL),
                parameter("Name", "String", new ParameterSetMembership(ALL, false, null, false, false)),
                parameter("Enabled", "Boolean", in(ALL)),
                parameter("Force", "Boolean", in(ALL)),
                parameter("Members", "RecipientIdParameter[]", new ParameterSetMembership(ALL, false, null, false,
                        true)));
        MergeResult result = merge(List.of(catalog), List.of(docs));
        assertEquals(List.of(
                "[mandatory] New-Thing -Name: docs false, catalog true in set __AllParameterSets",
                "[type] New-Thing -Enabled: docs Boolean, catalog String",
                "[switch] New-Thing -Force: docs Boolean, catalog SwitchParameter",
                "[position] New-Thing -Members: docs named, catalog position 0 in set __AllParameterSets",
                "[pipeline] New-Thing -Members: docs ByPropertyName, catalog ByValue in set __AllParameterSets"),
                lines(result));
        Cmdlet merged = result.cmdlets().get(0);
        assertTrue(merged.parameter("Name").orElseThrow().sets().get(0).mandatory(), "catalog mandatory kept");
        assertEquals("Boolean", merged.parameter("Enabled").orElseThrow().type(), "docs type kept");
        Parameter force = merged.parameter("Force").orElseThrow();
        assertTrue(force.isSwitch());
        assertEquals("SwitchParameter", force.type(), "catalog switch kept");
        assertEquals("RecipientIdParameter[]", merged.parameter("Members").orElseThrow().type());
    }

    @Test
    void erasedProxyTypesAreNoConflict() {
        Cmdlet catalog = cmdlet("Set-Thing", SourceKind.CATALOG, null, List.of(ALL),
                parameter("Identity", "Object", in(ALL)), parameter("Members", "Object", in(ALL)),
                parameter("Quota", "Object", in(ALL)), parameter("Start", "DateTime", in(ALL)));
        Cmdlet docs = cmdlet("Set-Thing", SourceKind.DOCS, null, List.of(ALL),
                parameter("Identity", "MailboxIdParameter", in(ALL)), parameter("Members", "MultiValuedProperty", in(ALL)),
                parameter("Quota", "Unlimited", in(ALL)), parameter("Start", "ExDateTime", in(ALL)));
        assertEquals(List.of(), lines(merge(List.of(catalog), List.of(docs))));
        Cmdlet arrayDocs = cmdlet("Set-Thing", SourceKind.DOCS, null, List.of(ALL),
                parameter("Identity", "MailboxIdParameter[]", in(ALL)));
        Cmdlet scalarCatalog = cmdlet("Set-Thing", SourceKind.CATALOG, null, List.of(ALL),
                parameter("Identity", "Object", in(ALL)));
        assertEquals(List.of("[type] Set-Thing -Identity: docs MailboxIdParameter[], catalog Object"),
                lines(merge(List.of(scalarCatalog), List.of(arrayDocs))));
    }

    @Test
    void setListAndMembershipConflicts() {
        Cmdlet catalog = cmdlet("Get-Thing", SourceKind.CATALOG, "Identity", List.of("Identity", "Anr"),
                parameter("Identity", "Object", in("Identity")), parameter("Anr", "String", in("Anr")),
                parameter("Limit", "Object", in("Identity"), in("Anr")));
        Cmdlet sameSetsDocs = cmdlet("Get-Thing", SourceKind.DOCS, null, List.of("identity", "Anr"),
                parameter("Identity", "ThingIdParameter", in("identity")), parameter("Anr", "String", in("Anr")),
                parameter("Limit", "Unlimited", in("Anr")));
        assertEquals(List.of("[set-membership] Get-Thing -Limit: docs [Anr], catalog [Identity, Anr]"),
                lines(merge(List.of(catalog), List.of(sameSetsDocs))), "set names match case-insensitively");
        Cmdlet otherSetsDocs = cmdlet("Get-Thing", SourceKind.DOCS, null, List.of("Identity", "Server"),
                parameter("Identity", "ThingIdParameter", in("Identity")), parameter("Anr", "String", in("Server")),
                parameter("Limit", "Unlimited", in("Identity")));
        assertEquals(List.of("[set-list] Get-Thing: docs [Identity, Server], catalog [Identity, Anr]"),
                lines(merge(List.of(catalog), List.of(otherSetsDocs))),
                "with different set lists, per-parameter membership is not compared again");
    }

    @Test
    void loneSetsMatchWhateverTheirLabels() {
        Cmdlet catalog = cmdlet("Add-Thing", SourceKind.CATALOG, "Identity", List.of("Identity"),
                parameter("Identity", "Object", new ParameterSetMembership("Identity", true, 0, false, false)));
        Cmdlet docs = cmdlet("Add-Thing", SourceKind.DOCS, ALL, List.of(ALL),
                parameter("Identity", "ThingIdParameter", new ParameterSetMembership(ALL, false, 1, false, false)));
        MergeResult result = merge(List.of(catalog), List.of(docs));
        assertEquals(List.of("[mandatory] Add-Thing -Identity: docs false, catalog true in set Identity"),
                lines(result));
        assertEquals("Identity", result.cmdlets().get(0).defaultParameterSet());
        assertEquals(List.of("Identity"), result.cmdlets().get(0).parameterSets());
    }

    @Test
    void defaultSetConflictsAndDocsDefaultWhenCatalogHasNone() {
        List<String> sets = List.of("Identity", "Anr");
        Parameter[] catalogParameters = {parameter("Identity", "Object", in("Identity")),
                parameter("Anr", "String", in("Anr"))};
        Parameter[] docsParameters = {parameter("Identity", "ThingIdParameter", in("Identity")),
                parameter("Anr", "String", in("Anr"))};
        MergeResult conflict = merge(List.of(cmdlet("Get-Thing", SourceKind.CATALOG, "Identity", sets,
                catalogParameters)), List.of(cmdlet("Get-Thing", SourceKind.DOCS, "Anr", sets, docsParameters)));
        assertEquals(List.of("[default-set] Get-Thing: docs Anr, catalog Identity"), lines(conflict));
        assertEquals("Identity", conflict.cmdlets().get(0).defaultParameterSet());
        MergeResult fromDocs = merge(List.of(cmdlet("Get-Thing", SourceKind.CATALOG, null, sets, catalogParameters)),
                List.of(cmdlet("Get-Thing", SourceKind.DOCS, "anr", sets, docsParameters)));
        assertEquals(List.of("[default-set-only-in-docs] Get-Thing: docs anr"), lines(fromDocs));
        assertEquals("Anr", fromDocs.cmdlets().get(0).defaultParameterSet(), "catalog spelling of the set");
    }

    @Test
    void unusableDocsDefaultOfADocsOnlyCmdletIsDroppedAndReported() {
        Cmdlet docs = cmdlet("Get-Other", SourceKind.DOCS, "Empty", List.of("Empty", "Identity"),
                parameter("Identity", "String", in("Identity")));
        MergeResult result = merge(List.of(), List.of(docs));
        assertNull(result.cmdlets().get(0).defaultParameterSet());
        assertEquals(List.of("[default-set-unusable] Get-Other: Empty is not one of [Empty, Identity] with parameters"),
                lines(result));
    }

    @Test
    void valueListsAliasesAndNameCase() {
        Cmdlet catalog = cmdlet("set-Thing", SourceKind.CATALOG, null, List.of(ALL),
                withValues(parameter("Mode", "String", in(ALL)), ValuesOrigin.VALIDATE_SET, "On", "Off"),
                withValues(parameter("Level", "Object", in(ALL)), ValuesOrigin.NONE),
                new Parameter("Status", "Object", null, false, false, List.of("MoveStatus"), List.of(),
                        ValuesOrigin.NONE, false, false, List.of(in(ALL))));
        Cmdlet docs = cmdlet("Set-Thing", SourceKind.DOCS, null, List.of(ALL),
                withValues(parameter("Mode", "String", in(ALL)), ValuesOrigin.DOCS_PROSE, "On", "Off", "Auto"),
                withValues(parameter("level", "ThingLevel", in(ALL)), ValuesOrigin.DOCS_PROSE, "Low", "High"),
                new Parameter("Status", "RequestStatus", null, false, false, List.of("State"), List.of(),
                        ValuesOrigin.NONE, false, true, List.of(in(ALL))));
        MergeResult result = merge(List.of(catalog), List.of(docs));
        assertEquals(List.of("[cmdlet-name-case] Set-Thing: catalog set-Thing",
                "[value-list] Set-Thing -Mode: docs [On, Off, Auto], catalog [On, Off]",
                "[parameter-name-case] Set-Thing -Level: docs level, catalog Level",
                "[alias] Set-Thing -Status: docs [State], catalog [MoveStatus]"), lines(result));
        Cmdlet merged = result.cmdlets().get(0);
        assertEquals("Set-Thing", merged.name());
        assertEquals("Set", merged.verb());
        Parameter mode = merged.parameter("Mode").orElseThrow();
        assertEquals(List.of("On", "Off"), mode.allowedValues());
        assertEquals(ValuesOrigin.VALIDATE_SET, mode.valuesOrigin());
        Parameter level = merged.parameter("Level").orElseThrow();
        assertEquals("Level", level.name());
        assertEquals(List.of("Low", "High"), level.allowedValues(), "docs prose list kept without a ValidateSet");
        assertEquals(ValuesOrigin.DOCS_PROSE, level.valuesOrigin());
        Parameter status = merged.parameter("Status").orElseThrow();
        assertEquals(List.of("MoveStatus"), status.aliases());
        assertTrue(status.deprecated(), "flags come from the docs");
    }

    @Test
    void singleSourceCmdletsAreKeptAndMarked() {
        Cmdlet onlyCatalog = cmdlet("Get-Hidden", SourceKind.CATALOG, null, List.of(ALL),
                parameter("Identity", "Object", in(ALL)));
        Cmdlet onlyDocs = cmdlet("Get-Documented", SourceKind.DOCS, ALL, List.of(ALL),
                parameter("Identity", "String", in(ALL)));
        MergeResult result = merge(List.of(onlyCatalog), List.of(onlyDocs));
        assertEquals(List.of("Get-Documented", "Get-Hidden"), result.cmdlets().stream().map(Cmdlet::name).toList());
        assertEquals(List.of(SourceKind.DOCS), result.cmdlets().get(0).sources());
        assertNull(result.cmdlets().get(0).defaultParameterSet(), "a lone set needs no default");
        assertEquals(List.of(SourceKind.CATALOG), result.cmdlets().get(1).sources());
        assertEquals(List.of("Get-Hidden"), result.report().onlyInCatalog());
        assertEquals(List.of("Get-Documented"), result.report().onlyInDocs());
        assertEquals(2, result.report().parameters());
        assertTrue(result.report().conflicts().isEmpty());
    }

    @Test
    void mergeIsDeterministicWhateverTheInputOrder() {
        List<Cmdlet> catalog = new ArrayList<>();
        List<Cmdlet> docs = new ArrayList<>();
        for (String name : List.of("Get-B", "Set-A", "get-a", "New-C")) {
            catalog.add(cmdlet(name, SourceKind.CATALOG, null, List.of(ALL),
                    parameter("Identity", "String", in(ALL)), parameter("OnlyHere", "Boolean", in(ALL))));
        }
        for (String name : List.of("Set-A", "Remove-D", "Get-B")) {
            docs.add(cmdlet(name, SourceKind.DOCS, null, List.of(ALL), parameter("Identity", "Boolean", in(ALL))));
        }
        MergeResult first = merge(catalog, docs);
        Collections.reverse(catalog);
        Collections.reverse(docs);
        MergeResult second = merge(catalog, docs);
        assertEquals(first, second);
        assertEquals(first.report().toText(), second.report().toText());
        assertEquals(List.of("get-a", "Get-B", "New-C", "Remove-D", "Set-A"),
                first.cmdlets().stream().map(Cmdlet::name).toList());
    }

    @Test
    void duplicateCmdletInOneSourceIsRejected() {
        Cmdlet a = cmdlet("Get-A", SourceKind.CATALOG, null, List.of(ALL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> merge(List.of(a, cmdlet("GET-A", SourceKind.CATALOG, null, List.of(ALL))), List.of()));
        assertTrue(e.getMessage().contains("the catalog lists cmdlet GET-A twice"), e.getMessage());
    }

    @Test
    void reportTextCountsEveryKind() {
        Cmdlet catalog = cmdlet("Set-Thing", SourceKind.CATALOG, null, List.of(ALL),
                parameter("Identity", "Object", in(ALL)));
        Cmdlet docs = cmdlet("Set-Thing", SourceKind.DOCS, null, List.of(ALL),
                parameter("Identity", "String", in(ALL)), parameter("Gone", "Fqdn", in(ALL)));
        String text = merge(List.of(catalog), List.of(docs)).report().toText();
        assertTrue(text.startsWith("Merge report for snapshot test\n"), text);
        assertTrue(text.contains("Cmdlets: 1 (both sources 1, catalog only 0, docs only 0)\n"), text);
        assertTrue(text.contains("       1  parameter only in docs (dropped: the service does not accept it)\n"), text);
        assertTrue(text.contains("       0  type conflict (docs type kept)\n"), text);
        assertTrue(text.contains("       1  total\n"), text);
        assertTrue(text.endsWith("Conflicts (1):\n  [parameter-only-in-docs] Set-Thing -Gone: docs type Fqdn\n"), text);
        assertFalse(text.contains("\r"));
    }
}
