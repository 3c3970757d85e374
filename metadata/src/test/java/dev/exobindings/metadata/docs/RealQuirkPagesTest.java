package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.mandatory;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static dev.exobindings.metadata.docs.Fixtures.positions;
import static dev.exobindings.metadata.docs.Fixtures.setNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The analysis' irregular cases, checked on the real pages (expected values read by hand). */
class RealQuirkPagesTest {
    private final DocsImport docs = SharedDocs.imported();

    private static DocsPage page(String name) throws IOException {
        String file = name + ".md";
        return DocsImporter.parsePage(file, Files.readString(SharedDocs.folder().resolve(file), StandardCharsets.UTF_8));
    }

    private static SyntaxEntry entry(SyntaxBlock block, String name) {
        return block.entries().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no syntax entry " + name));
    }

    @Test
    void newUmAutoAttendantStatusDoesNotSwallowWhatIf() throws IOException {
        SyntaxBlock block = page("New-UMAutoAttendant").syntaxBlocks().get(0);
        assertEquals(new SyntaxEntry("Status", "StatusEnum", false, false), entry(block, "Status"));
        assertEquals(new SyntaxEntry("WhatIf", null, false, false), entry(block, "WhatIf"));
    }

    @Test
    void newReceiveConnectorDashlessEntry() throws IOException {
        SyntaxBlock usageType = page("New-ReceiveConnector").syntaxBlocks().stream()
                .filter(b -> "UsageType".equals(b.setName())).findFirst().orElseThrow();
        assertEquals(new SyntaxEntry("AdvertiseClientSettings", "Boolean", false, false),
                entry(usageType, "AdvertiseClientSettings"));
    }

    @Test
    void purviewConfigUnbalancedBrackets() throws IOException {
        SyntaxBlock check = page("Check-PurviewConfig").syntaxBlocks().get(0);
        assertEquals(new SyntaxEntry("RecipientAddress", "SmtpAddress", false, true), entry(check, "RecipientAddress"));
        SyntaxBlock export = page("Export-PurviewConfig").syntaxBlocks().get(0);
        assertEquals(new SyntaxEntry("PolicyName", "String", false, true), entry(export, "PolicyName"));
        assertEquals(new SyntaxEntry("Components", "MultiValuedProperty", true, false), entry(export, "Components"));
    }

    @Test
    void wrongCmdletNameInSyntax() {
        Cmdlet c = Fixtures.cmdlet(docs.exchangeOnline(), "Get-PublicFolderMailboxMigrationRequestStatistics");
        // MigrationRequestQueue needs the on-premises -RequestQueue: dropped for Exchange Online.
        assertEquals(List.of("IdentityOnPremises", "IdentityCloud"), c.parameterSets());
        assertEquals(List.of("IdentityOnPremises", "IdentityCloud"), setNames(param(c, "Identity")));
        assertEquals(List.of(1, 1), positions(param(c, "Identity")));
        assertEquals(List.of("IdentityOnPremises", "IdentityCloud"), setNames(param(c, "IncludeReport")));
        assertEquals(List.of("Identity", "DiagnosticInfo", "IncludeReport", "IncludeSkippedItems", "ReportOnly"),
                Fixtures.names(c));
    }

    @Test
    void setDlpCompliancePolicySyntaxOnlyAndDocumentedOnly() {
        Cmdlet c = Fixtures.cmdlet(docs.securityCompliance(), "Set-DlpCompliancePolicy");
        assertEquals(List.of("Identity", "RetryDistribution"), c.parameterSets());
        Parameter teams = param(c, "TeamsLocation");
        assertEquals("MultiValuedProperty", teams.type());
        assertEquals(List.of("Identity"), setNames(teams));
        assertEquals(List.of("Identity"), setNames(param(c, "TeamsAdaptiveScopes")), "yaml names set Identity");
        assertEquals(List.of("Identity"), setNames(param(c, "TeamsAdaptiveScopesException")));
    }

    @Test
    void singleSetPagesWithAHeader() {
        Cmdlet cancel = Fixtures.cmdlet(docs.securityCompliance(), "Cancel-SensitiveInformationScan");
        assertEquals(List.of("Identity"), cancel.parameterSets());
        Cmdlet phish = Fixtures.cmdlet(docs.exchangeOnline(), "New-ExoPhishSimOverrideRule");
        assertEquals(List.of("Default"), phish.parameterSets());
        for (Parameter p : phish.parameters()) {
            assertEquals(List.of("Default"), setNames(p), p.name());
        }
        assertEquals(List.of(true), mandatory(param(phish, "Policy")));
    }

    @Test
    void documentedOnlyParameterInASingleSetCmdlet() {
        Cmdlet c = Fixtures.cmdlet(docs.exchangeOnline(), "Get-SweepRule");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), setNames(param(c, "SkipCount")));
        assertEquals("Int32", param(c, "SkipCount").type());
    }

    @Test
    void duplicatedHeadingsAndSyntaxEntriesOnRealPages() throws IOException {
        assertEquals(2, page("Move-DatabasePath").parameters().stream()
                .filter(p -> p.name().equals("EDBFilePath")).count(), "page keeps both sections");
        Cmdlet recipient = Fixtures.cmdlet(docs.exchangeOnline(), "Get-Recipient");
        assertTrue(recipient.parameterSets().size() > 1);
        Cmdlet request = Fixtures.cmdlet(docs.exchangeOnline(), "New-MailboxImportRequest");
        assertEquals(1, request.parameters().stream().filter(p -> p.name().equals("AzureStatusPublishEndpointInfo")).count());
    }

    @Test
    void authenticationPolicyDoubleApplicableLabel() throws IOException {
        DocsParameter confirm = page("New-AuthenticationPolicy").parameters().stream()
                .filter(p -> p.name().equals("Confirm")).findFirst().orElseThrow();
        assertEquals(List.of("Exchange Server 2019", "Exchange Server SE", "Exchange Online",
                "Built-in security add-on for on-premises mailboxes"), confirm.applicable());
    }
}
