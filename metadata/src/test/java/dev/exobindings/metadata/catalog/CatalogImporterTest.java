package dev.exobindings.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.SharedInputs;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values were looked up by hand in EXO-catalog.json. */
class CatalogImporterTest {
    private static CatalogImport catalog;

    @TempDir
    Path dir;

    /** Per test, not {@code @BeforeAll}: without ../shared each test then reports as skipped with the reason. */
    @BeforeEach
    void importCatalogOnce() {
        Path file = SharedInputs.catalogFile();
        if (catalog == null) {
            catalog = CatalogImporter.importFile(file);
        }
    }

    private static Cmdlet cmdlet(String name) {
        return catalog.cmdlets().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> sets(Parameter parameter) {
        return parameter.sets().stream().map(ParameterSetMembership::name).toList();
    }

    @Test
    void readsAllCmdletsAsExchangeOnlineCatalogCmdlets() {
        assertEquals(825, catalog.cmdlets().size());
        assertTrue(catalog.cmdlets().stream().allMatch(c -> c.product() == Product.EXCHANGE_ONLINE
                && c.sources().equals(List.of(SourceKind.CATALOG)) && c.documentationUrl() == null));
        assertEquals("Add-AvailabilityAddressSpace", catalog.cmdlets().get(0).name());
    }

    @Test
    void allParameterSetsExpandsIntoTheConcreteSets() {
        Cmdlet c = cmdlet("Add-AvailabilityAddressSpace");
        assertEquals(List.of("AAS_Token"), c.parameterSets());
        assertNull(c.defaultParameterSet());
        Parameter accessMethod = c.parameter("AccessMethod").orElseThrow();
        assertEquals(List.of("AAS_Token"), sets(accessMethod));
        assertTrue(accessMethod.sets().get(0).mandatory());
        assertEquals("Object", accessMethod.type());
        assertEquals("PSCredential", c.parameter("Credentials").orElseThrow().type());
        assertEquals("Uri", c.parameter("TargetAutodiscoverEpr").orElseThrow().type());
    }

    @Test
    void cmdletWithoutNamedSetsKeepsTheSingleAllSetAndNoDefault() {
        Cmdlet c = cmdlet("Set-RoleGroup");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), c.parameterSets());
        assertNull(c.defaultParameterSet(), "the catalog declares 'Identity', a mere label here");
        ParameterSetMembership identity = c.parameter("Identity").orElseThrow().sets().get(0);
        assertEquals(new ParameterSetMembership(Cmdlet.ALL_PARAMETER_SETS, true, 0, true, true), identity);
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), cmdlet("Get-OrganizationConfig").parameterSets());
    }

    @Test
    void declaredDefaultThatNoParameterNamesBecomesASetWhenAllSetParametersExist() {
        Cmdlet c = cmdlet("Disable-Mailbox");
        assertEquals(List.of("Archive", "Identity"), c.parameterSets());
        assertEquals("Identity", c.defaultParameterSet());
        assertEquals(List.of("Archive", "Identity"), sets(c.parameter("Identity").orElseThrow()));
        assertEquals(List.of("Archive"), sets(c.parameter("Archive").orElseThrow()));
    }

    @Test
    void declaredDefaultWithoutAnyParameterIsKeptAsASetAndDroppedAsTheDefaultWithANote() {
        // PowerShell has the set: a call with none of the other sets' parameters runs in it
        Cmdlet c = cmdlet("New-ElevatedAccessRequest");
        assertEquals(List.of("Default", "RoleGroupParams", "RoleParams", "TaskParams"), c.parameterSets());
        assertNull(c.defaultParameterSet());
        assertEquals(4, catalog.notes().size());
        assertTrue(catalog.notes().contains("New-ElevatedAccessRequest: declared default set 'Default' has no "
                + "parameters (sets [RoleGroupParams, RoleParams, TaskParams]); kept as a set, default dropped"));
    }

    @Test
    void validateSetSwitchesAndAliasesWrittenAsBareStrings() {
        Parameter subjectFilter = cmdlet("Get-MessageTraceV2").parameter("SubjectFilterType").orElseThrow();
        assertEquals(List.of("contains", "startswith", "endswith"), subjectFilter.allowedValues());
        assertEquals(ValuesOrigin.VALIDATE_SET, subjectFilter.valuesOrigin());
        Parameter resourceType = cmdlet("Get-BillingPolicy").parameter("ResourceType").orElseThrow();
        assertEquals(List.of("HVE"), resourceType.allowedValues(), "a one-value ValidateSet is a bare string");
        assertEquals(List.of("MoveStatus"), cmdlet("Get-MoveRequest").parameter("Status").orElseThrow().aliases());
        Parameter groupMailbox = cmdlet("Set-Mailbox").parameter("GroupMailbox").orElseThrow();
        assertTrue(groupMailbox.isSwitch());
        assertEquals("SwitchParameter", groupMailbox.type());
        Parameter keySize = cmdlet("New-DkimSigningConfig").parameter("KeySize").orElseThrow();
        assertEquals("UInt16", keySize.type());
        assertEquals(List.of("1024", "2048"), keySize.allowedValues());
    }

    @Test
    void arraysAreMultiValued() {
        Parameter accessRights = cmdlet("Add-MailboxPermission").parameter("AccessRights").orElseThrow();
        assertEquals("Object[]", accessRights.type());
        assertTrue(accessRights.multiValued());
        assertEquals("Object", accessRights.elementType());
        Parameter csv = cmdlet("New-MigrationBatch").parameter("CSVData").orElseThrow();
        assertEquals("Byte[]", csv.type());
        assertFalse(csv.multiValued());
    }

    @Test
    void confirmWhatIfBecomeShouldProcessAndCommonParametersAreDropped() throws IOException {
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, """
                {"cmdletCount": 1, "cmdlets": [{"cmdlet": "Remove-Thing", "verb": "Remove", "noun": "Thing",
                 "defaultParameterSet": null, "parameters": [
                  {"name": "Identity", "type": "string", "isSwitch": false, "validateSet": [], "aliases": [],
                   "parameterSets": [{"name": "__AllParameterSets", "mandatory": true, "position": 0,
                                      "valueFromPipeline": true, "valueFromPipelineByPropertyName": false}]},
                  {"name": "Confirm", "type": "switch", "isSwitch": true, "validateSet": [], "aliases": "cf",
                   "parameterSets": [{"name": "__AllParameterSets", "mandatory": false, "position": null,
                                      "valueFromPipeline": false, "valueFromPipelineByPropertyName": false}]},
                  {"name": "Verbose", "type": "switch", "isSwitch": true, "validateSet": [], "aliases": "vb",
                   "parameterSets": [{"name": "__AllParameterSets", "mandatory": false, "position": null,
                                      "valueFromPipeline": false, "valueFromPipelineByPropertyName": false}]}
                 ]}]}
                """);
        Cmdlet c = CatalogImporter.importFile(file).cmdlets().get(0);
        assertTrue(c.supportsShouldProcess());
        assertEquals(List.of("Identity"), c.parameters().stream().map(Parameter::name).toList());
        assertEquals(new ParameterSetMembership(Cmdlet.ALL_PARAMETER_SETS, true, 0, true, false),
                c.parameters().get(0).sets().get(0));
    }

    @Test
    void aCatalogWrittenWithAByteOrderMarkImports() throws IOException {
        String json = "{\"cmdletCount\": 1, \"cmdlets\": [{\"cmdlet\": \"Get-Thing\", \"verb\": \"Get\", "
                + "\"noun\": \"Thing\", \"defaultParameterSet\": null, \"parameters\": []}]}";
        Path utf8 = dir.resolve("utf8-bom.json");
        Files.write(utf8, ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("Get-Thing", CatalogImporter.importFile(utf8).cmdlets().get(0).name(), "PowerShell 7 Out-File");
        Path utf16 = dir.resolve("utf16-bom.json");
        Files.write(utf16, ("\uFEFF" + json).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        assertEquals("Get-Thing", CatalogImporter.importFile(utf16).cmdlets().get(0).name(),
                "Windows PowerShell Out-File");
    }

    @Test
    void malformedCatalogNamesFileAndPath() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"cmdlets\": [{\"cmdlet\": \"Get-Thing\"}]}");
        CatalogException e = assertThrows(CatalogException.class, () -> CatalogImporter.importFile(file));
        assertEquals(file + ": $.cmdlets[0].parameters: missing or not an array. Fix: restore the catalog file "
                + "from its source", e.getMessage());
        Files.writeString(file, "{\"cmdlets\": [");
        String invalid = assertThrows(CatalogException.class, () -> CatalogImporter.importFile(file)).getMessage();
        assertTrue(invalid.startsWith(file + ": line 1, column 14: invalid JSON"), invalid);
        assertTrue(invalid.contains("(start marker at line 1, column 13)") && !invalid.contains("Source:"), invalid);
        CatalogException missing = assertThrows(CatalogException.class,
                () -> CatalogImporter.importFile(dir.resolve("none.json")));
        assertTrue(missing.getMessage().contains("no such file"));
    }
}
