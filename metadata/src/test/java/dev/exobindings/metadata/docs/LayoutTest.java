package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.assertNoParameter;
import static dev.exobindings.metadata.docs.Fixtures.in;
import static dev.exobindings.metadata.docs.Fixtures.names;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayoutTest {

    @Test
    void currentLayoutSplitsParametersByTheirOwnApplicableLine() {
        DocsImport imported = Fixtures.imported("layout-current.md");
        Cmdlet exo = imported.exchangeOnline().get(0);
        Cmdlet sc = imported.securityCompliance().get(0);

        assertEquals(List.of("Identity", "CloudOnly", "Doubled"), names(exo));
        assertEquals(List.of("Identity", "ComplianceOnly"), names(sc));
        assertEquals(Product.EXCHANGE_ONLINE, exo.product());
        assertEquals(Product.SECURITY_COMPLIANCE, sc.product());
    }

    @Test
    void cmdletFactsComeFromTitleAndFrontMatter() {
        Cmdlet exo = Fixtures.exo("layout-current.md");
        assertEquals("Get-Widget", exo.name());
        assertEquals("Get", exo.verb());
        assertEquals("Widget", exo.noun());
        assertEquals("https://example.invalid/get-widget", exo.documentationUrl());
        assertEquals(List.of(SourceKind.DOCS), exo.sources());
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), exo.parameterSets());
        assertEquals(Cmdlet.ALL_PARAMETER_SETS, exo.defaultParameterSet());
    }

    @Test
    void confirmAndWhatIfBecomeShouldProcessNotParameters() {
        Cmdlet exo = Fixtures.exo("layout-current.md");
        assertTrue(exo.supportsShouldProcess());
        assertNoParameter(exo, "Confirm");
        assertNoParameter(exo, "WhatIf");
    }

    @Test
    void repeatedApplicableLabelIsTolerated() {
        DocsParameter doubled = Fixtures.page("layout-current.md").parameters().get(4);
        assertEquals("Doubled", doubled.name());
        assertEquals(List.of("Exchange Online"), doubled.applicable());
    }

    @Test
    void exchangeOnlineProtectionLeftoverIsNotExchangeOnline() {
        DocsParameter leftover = Fixtures.page("layout-current.md").parameters().get(5);
        assertEquals(List.of("Exchange Server 2019", "Exchange Online Protection"), leftover.applicable());
        assertNoParameter(Fixtures.exo("layout-current.md"), "Leftover");
    }

    @Test
    void countsSectionsOfExchangeOnlineIncludingConfirmAndWhatIf() {
        DocsCounts counts = Fixtures.imported("layout-current.md").counts();
        assertEquals(1, counts.pages());
        assertEquals(1, counts.exchangeOnlinePages());
        assertEquals(1, counts.securityCompliancePages());
        assertEquals(8, counts.parameterSections());
        assertEquals(5, counts.exchangeOnlineParameterSections());
        assertEquals(3, counts.exchangeOnlineParameters());
        assertEquals(2, counts.securityComplianceParameters());
    }

    @Test
    void olderLayoutTakesApplicabilityFromTheYamlKey() {
        Cmdlet exo = Fixtures.exo("layout-yaml-applicable.md");
        assertEquals(List.of("Identity", "Color"), names(exo));
        assertFalse(exo.supportsShouldProcess());
        assertTrue(in(param(exo, "Identity"), Cmdlet.ALL_PARAMETER_SETS).valueFromPipeline());
        assertTrue(in(param(exo, "Identity"), Cmdlet.ALL_PARAMETER_SETS).valueFromPipelineByPropertyName());
    }

    @Test
    void olderLayoutYamlKeyWinsOverTheQuoteLine() {
        DocsParameter color = Fixtures.page("layout-yaml-applicable.md").parameters().get(1);
        assertEquals(List.of("Exchange Online", "Exchange Online Protection"), color.applicable());
    }

    @Test
    void pageWithoutProductListsIsNeitherProduct() {
        String onPrem = Fixtures.text("layout-yaml-applicable.md")
                .replace("applicable: Exchange Server 2016, Exchange Online", "applicable: Exchange Server 2016");
        DocsImport imported = DocsImporter.fromPages(List.of(DocsImporter.parsePage("onprem.md", onPrem)));
        assertTrue(imported.exchangeOnline().isEmpty());
        assertTrue(imported.securityCompliance().isEmpty());
        assertEquals(1, imported.counts().pages());
    }

    @Test
    void missingOnlineVersionGivesNoUrl() {
        String page = Fixtures.text("layout-yaml-applicable.md")
                .replace("online version: https://example.invalid/set-gadget\n", "");
        assertNull(DocsImporter.parsePage("p.md", page).documentationUrl());
    }
}
