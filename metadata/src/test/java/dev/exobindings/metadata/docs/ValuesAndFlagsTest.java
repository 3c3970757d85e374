package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ValuesOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValuesAndFlagsTest {
    private final Cmdlet valued = Fixtures.exo("values-flags.md");

    @Test
    void bulletListAfterThePhraseGivesProseValues() {
        Parameter mode = param(valued, "Mode");
        assertEquals(List.of("Red", "Green", "Blue"), mode.allowedValues());
        assertEquals(ValuesOrigin.DOCS_PROSE, mode.valuesOrigin());
        assertEquals(List.of("Note", "Task", "Post"), param(valued, "Kinds").allowedValues());
    }

    @Test
    void inlineSentenceGivesProseValues() {
        assertEquals(List.of("Slow", "Medium", "Fast"), param(valued, "Speed").allowedValues());
    }

    @Test
    void acceptedValuesLineWinsOverProse() {
        Parameter shape = param(valued, "Shape");
        assertEquals(List.of("Circle", "Square"), shape.allowedValues());
        assertEquals(ValuesOrigin.DOCS_ACCEPTED_VALUES, shape.valuesOrigin());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Enabled", "Target", "Interval", "Level", "Cleared", "Phrases", "Legacy", "Prefixes", "Addresses"})
    void listsThatAreNotEnumsGiveNoValues(String name) {
        Parameter parameter = param(valued, name);
        assertEquals(List.of(), parameter.allowedValues());
        assertEquals(ValuesOrigin.NONE, parameter.valuesOrigin());
    }

    @Test
    void valuesThatDifferOnlyInCaseAreTextFormsNotAnEnum() {
        // PowerShell binds enum values case-insensitively: "UPPER" and "upper" cannot be two members.
        assertEquals(List.of(), param(valued, "Prefixes").allowedValues());
    }

    @Test
    void listsOnAddressTypesAreNotEnums() {
        assertEquals(List.of(), param(valued, "Addresses").allowedValues());
    }

    @Test
    void identityFormatListsAreNotEnums() {
        DocsParameter identity = Fixtures.page("values-flags.md").parameters().stream()
                .filter(p -> p.name().equals("Identity")).findFirst().orElseThrow();
        assertEquals(List.of(), identity.proseValues());
    }

    @Test
    void internalWordingAcrossALineBreakFlagsTheParameter() {
        assertTrue(param(valued, "Hidden").internal());
        assertFalse(param(valued, "Hidden").deprecated());
    }

    @Test
    void internalWordingOnOneValueDoesNotFlagTheParameter() {
        Parameter category = param(valued, "Category");
        assertFalse(category.internal());
        assertEquals(List.of("Public", "Private"), category.allowedValues());
    }

    @Test
    void deprecatedWordFlagsTheParameter() {
        assertTrue(param(valued, "Legacy").deprecated());
        assertFalse(param(valued, "Legacy").internal());
        assertFalse(param(valued, "Mode").deprecated());
    }

    @Test
    void countsFlagsAndValueOrigins() {
        DocsCounts counts = Fixtures.imported("values-flags.md").counts();
        assertEquals(1, counts.exchangeOnlineInternalParameters());
        assertEquals(1, counts.exchangeOnlineDeprecatedParameters());
        assertEquals(1, counts.exchangeOnlineAcceptedValuesParameters());
        assertEquals(4, counts.exchangeOnlineProseValuesParameters());
    }
}
