package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ValuesOrigin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.in;
import static dev.exobindings.metadata.docs.Fixtures.names;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The docs layout before 2025-08 (folder {@code exchange/}): an {@code Applicable:} key in every yaml block. */
class OlderLayoutTest {

    @Test
    void everyYamlBlockIsReadAndTheProductsBlockDecidesTypeRequiredAndPosition() {
        Cmdlet exo = Fixtures.exo("layout-older-blocks.md");
        Parameter identity = param(exo, "Identity");
        // The first block is on-premises only; the Exchange Online block types the parameter as an array.
        assertEquals("TrinketIdParameter[]", identity.type());
        assertTrue(identity.multiValued());
        assertTrue(in(identity, "Cloud").mandatory());
        assertEquals(1, in(identity, "Cloud").position());
        assertTrue(in(identity, "Cloud").valueFromPipeline(), "pipeline from the cloud block, not the first");
    }

    @Test
    void aParameterOnlyALaterBlockAppliesToIsKept() {
        Parameter mailbox = param(Fixtures.exo("layout-older-blocks.md"), "Mailbox");
        assertEquals("MailboxLocationIdParameter", mailbox.type());
        assertTrue(in(mailbox, "Cloud").mandatory());
    }

    @Test
    void parameterApplicabilityIsTheUnionOfItsBlocks() {
        DocsParameter identity = Fixtures.page("layout-older-blocks.md").parameters().get(0);
        assertEquals(List.of("Exchange Server 2016", "Exchange Server 2019", "Exchange Online"), identity.applicable());
        assertEquals(1, identity.blocksFor("Exchange Online").size());
        assertEquals("TrinketIdParameter[]", identity.blocksFor("Exchange Online").get(0).type());
    }

    @Test
    void pipeSeparatedAcceptedValuesAreRead() {
        Parameter folder = param(Fixtures.exo("layout-older-blocks.md"), "Folder");
        assertEquals(List.of("DeletedItems", "RecoverableItems", "PurgedItems"), folder.allowedValues());
        assertEquals(ValuesOrigin.DOCS_ACCEPTED_VALUES, folder.valuesOrigin());
        assertEquals(List.of("Round", "Square"), param(Fixtures.exo("layout-older-blocks.md"), "Shape").allowedValues());
    }

    @Test
    void aPageWithoutFrontMatterApplicabilityTakesItFromItsBlocks() {
        DocsPage page = Fixtures.page("layout-older-no-applicable.md");
        assertEquals(List.of("Exchange Online"), page.applicable());
        Cmdlet exo = Fixtures.exo("layout-older-no-applicable.md");
        assertEquals("Add-Bauble", exo.name());
        assertEquals(List.of("Identity", "Colour"), names(exo));
    }

    @Test
    void theInferredApplicabilityIsReportedAsAWarning() {
        List<DocsWarning> warnings = new java.util.ArrayList<>();
        DocsPage page = PageParser.parseOrSkip("Add-Bauble.md", Fixtures.text("layout-older-no-applicable.md"), warnings);
        assertEquals("Add-Bauble", page.title());
        assertEquals(1, warnings.size());
        assertEquals(DocsWarning.Kind.PAGE_APPLICABILITY_FROM_PARAMETERS, warnings.get(0).kind());
        assertTrue(warnings.get(0).reportLine().startsWith("Add-Bauble.md:1: page applicability taken from its"
                + " parameters: "), warnings.get(0).reportLine());
    }

    @Test
    void aBadAcceptedValueStillNamesTheFix() {
        String page = Fixtures.text("layout-older-blocks.md")
                .replace("DeletedItems | RecoverableItems", "DeletedItems | Recoverable Items");
        DocsImportException e = org.junit.jupiter.api.Assertions.assertThrows(DocsImportException.class,
                () -> DocsImporter.parsePage("Get-Trinket.md", page));
        assertTrue(e.getMessage().contains("'Recoverable Items', which is not a literal"), e.getMessage());
        assertFalse(e.getMessage().contains("\tat "));
    }
}
