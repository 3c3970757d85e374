package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.in;
import static dev.exobindings.metadata.docs.Fixtures.mandatory;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static dev.exobindings.metadata.docs.Fixtures.setNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class YamlQuirksTest {
    private final Cmdlet odd = Fixtures.exo("yaml-oddities.md");

    @Test
    void allWithExtraParenthesisMeansEverySet() {
        assertEquals(List.of(YamlBlock.ALL), Fixtures.page("yaml-oddities.md").parameters().get(0)
                .firstBlock().parameterSets());
        assertEquals(List.of("Alpha", "Beta", "Gamma"), setNames(param(odd, "Identity")));
        assertEquals(List.of(true, true, true), mandatory(param(odd, "Identity")));
    }

    @Test
    void requiredFalseNamedIsNotRequiredAndBareAllIsEverySet() {
        YamlBlock tracking = Fixtures.page("yaml-oddities.md").parameters().get(1).firstBlock();
        assertFalse(tracking.required());
        assertTrue(tracking.coversAllSets());
        assertEquals(List.of("Alpha", "Beta"), setNames(param(odd, "Tracking")));
    }

    @Test
    void blockWithoutRequiredAndAliasesLines() {
        Parameter credential = param(odd, "Credential");
        assertEquals(List.of(), credential.aliases());
        assertEquals(List.of(false, true), mandatory(credential), "mandatory in Beta from the syntax");
    }

    @Test
    void severalYamlBlocksGovernTheirOwnSets() {
        Parameter mailbox = param(odd, "Mailbox");
        assertEquals("MailboxLocationIdParameter", mailbox.type(), "type from the first block");
        assertEquals(List.of("Beta", "Gamma"), setNames(mailbox));
        assertTrue(in(mailbox, "Beta").valueFromPipeline());
        assertFalse(in(mailbox, "Gamma").valueFromPipeline());
        assertEquals(2, Fixtures.page("yaml-oddities.md").parameters().get(3).yamlBlocks().size());
    }

    @Test
    void multiValuedPropertyAliasIsATypeLeakNotAnAlias() {
        assertEquals(List.of(), param(odd, "Subject").aliases());
        assertEquals(List.of("Place", "Spot"), param(odd, "Where").aliases());
    }

    @Test
    void setListsNamingNoSyntaxSetFallBackToSyntaxMembership() {
        assertEquals(List.of("Alpha", "Beta"), setNames(param(odd, "Sizes")), "Parameter Sets: Int32");
        assertEquals(List.of("Alpha", "Beta"), setNames(param(odd, "Where")), "Parameter Sets: product names");
    }

    @Test
    void missingCommaBetweenSetNamesIsRepaired() {
        assertEquals(List.of("Alpha", "Beta", "Gamma"),
                Fixtures.page("yaml-oddities.md").parameters().get(7).firstBlock().parameterSets());
        assertEquals(List.of("Alpha", "Beta", "Gamma"), setNames(param(odd, "Mixed")));
    }
}
