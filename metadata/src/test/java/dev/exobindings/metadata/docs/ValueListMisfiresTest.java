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

/**
 * "Valid values …" lists that are not closed sets (examples, prefixes, address types, conditional lists, identity
 * forms, structured strings, booleans) and the repairs that keep real enums whole (a {@code $null} item, a blank
 * line between bullets). Fixture: {@code values-misfires.md}, made-up text.
 */
class ValueListMisfiresTest {
    private final Cmdlet misfire = Fixtures.exo("values-misfires.md");

    private void assertNoValues(String name) {
        Parameter parameter = param(misfire, name);
        assertEquals(List.of(), parameter.allowedValues(), name);
        assertEquals(ValuesOrigin.NONE, parameter.valuesOrigin(), name);
    }

    private void assertProseValues(String name, List<String> expected) {
        Parameter parameter = param(misfire, name);
        assertEquals(expected, parameter.allowedValues(), name);
        assertEquals(ValuesOrigin.DOCS_PROSE, parameter.valuesOrigin(), name);
    }

    @Test
    void examplesAreNotAClosedSet() {
        assertNoValues("Tags");
    }

    @Test
    void valuesThatDifferOnlyInCaseArePrefixesNotEnumConstants() {
        assertNoValues("Prefixes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Addresses", "Senders", "Hosts"})
    void addressAndHostTypesNeverGetAList(String name) {
        assertNoValues(name);
    }

    @Test
    void aListThatDependsOnAnotherParameterIsNotClosed() {
        assertNoValues("Entry");
    }

    @Test
    void aListWhoseValuesDependOnContextIsNotClosed() {
        assertNoValues("Component");
    }

    @Test
    void perCaseListsInsideBulletsAreNotTheParametersList() {
        assertNoValues("Scope");
    }

    @Test
    void identityFormsAreNotValues() {
        assertNoValues("Finder");
    }

    @Test
    void aColonInsideAValueIsNotTheBulletSeparator() {
        // Previously cut to "Box" (and "blank"): a structured string is not a literal.
        assertNoValues("Targets");
    }

    @Test
    void booleanWordsAreNotAnEnum() {
        assertNoValues("Answer");
    }

    @Test
    void aNullItemIsSkippedAndTheRestStaysAnEnum() {
        assertProseValues("OnError", List.of("Skip", "Retry"));
        assertProseValues("Legs", List.of("None", "Some"));
        assertProseValues("Regions", List.of("xa", "xb"));
    }

    @Test
    void aBlankLineBetweenBulletsDoesNotEndTheList() {
        assertProseValues("Planes", List.of("Road", "Rail", "Air"));
    }

    @Test
    void onlyTheRealEnumsAreCounted() {
        assertEquals(4, Fixtures.imported("values-misfires.md").counts().exchangeOnlineProseValuesParameters());
    }
}
