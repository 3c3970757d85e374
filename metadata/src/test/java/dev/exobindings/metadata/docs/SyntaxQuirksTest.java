package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.assertNoParameter;
import static dev.exobindings.metadata.docs.Fixtures.mandatory;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static dev.exobindings.metadata.docs.Fixtures.positions;
import static dev.exobindings.metadata.docs.Fixtures.setNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SyntaxQuirksTest {
    private final Cmdlet messy = Fixtures.exo("syntax-malformed.md");

    private static List<String> entryNames(List<SyntaxEntry> entries) {
        return entries.stream().map(SyntaxEntry::name).toList();
    }

    @Test
    void missingClosingAngleDoesNotSwallowTheRestOfTheLine() {
        List<SyntaxEntry> entries = SyntaxParser.parse("New-X [-Status <StatusEnum] [-WhatIf] [<CommonParameters>]");
        assertEquals(List.of(new SyntaxEntry("Status", "StatusEnum", false, false),
                new SyntaxEntry("WhatIf", null, false, false)), entries);
        assertEquals(List.of("Main"), setNames(param(messy, "After")));
    }

    @Test
    void strayTokensAreSkipped() {
        List<SyntaxEntry> entries = SyntaxParser.parse(
                "Set-X -Identity <Id> ] [-Folders <MultiValuedProperty>] MultiValuedProperty> > [-Last]");
        assertEquals(List.of("Identity", "Folders", "Last"), entryNames(entries));
    }

    @Test
    void dashlessBracketedEntryIsANamedOptionalParameter() {
        assertEquals(List.of(new SyntaxEntry("Advertise", "Boolean", false, false)),
                SyntaxParser.parse("New-X [Advertise <Boolean>]"));
        assertEquals(List.of("Stray"), setNames(param(messy, "Advertise")));
    }

    @Test
    void unbalancedBracketsAndMissingOpeningAngle() {
        assertEquals(List.of(new SyntaxEntry("Policy", "String", false, true),
                        new SyntaxEntry("Recipient", "SmtpAddress", false, true),
                        new SyntaxEntry("Enabled", "System.Boolean", false, false),
                        new SyntaxEntry("Name", "String", true, false)),
                SyntaxParser.parse("X-Y [[-Policy <String>]] [[-Recipient] SmtpAddress>] [-Enabled System.Boolean>] -Name <String>"));
        assertEquals(List.of(false), mandatory(param(messy, "Recipient")));
        assertEquals(List.of(1), positions(param(messy, "Recipient")), "Policy is positional index 0, Recipient 1");
    }

    @Test
    void syntaxNamingAnotherCmdletStillGivesTheSet() {
        assertEquals(List.of("Identity", "Status", "After"),
                entryNames(Fixtures.page("syntax-malformed.md").syntaxBlocks().get(0).entries()));
        assertEquals(List.of(true, true, true), mandatory(param(messy, "Identity")));
        assertEquals(Arrays.asList(1, null, 1), positions(param(messy, "Identity")));
    }

    @Test
    void genericTypeAndUnclosedArrayType() {
        List<SyntaxEntry> entries = Fixtures.page("syntax-malformed.md").syntaxBlocks().get(2).entries();
        assertEquals(List.of("Identity", "Limit", "Subscriptions"), entryNames(entries));
        assertEquals("Microsoft.Exchange.Management.RestApiClient.Unlimited`1[System.UInt32]", entries.get(1).rawType());
        assertEquals("AggregationSubscriptionIdentity[]", entries.get(2).rawType());
    }

    @Test
    void duplicateEntryInOneBlockKeepsTheFirst() {
        List<SyntaxEntry> stray = Fixtures.page("syntax-malformed.md").syntaxBlocks().get(1).entries();
        assertEquals(1, stray.stream().filter(e -> e.name().equals("Folders")).count());
        assertEquals("MultiValuedProperty", stray.stream().filter(e -> e.name().equals("Folders")).findFirst()
                .orElseThrow().rawType());
        assertEquals(List.of("Main", "Stray", "Generic"), messy.parameterSets(),
                "missing and doubled [<CommonParameters>] change nothing");
    }

    @Test
    void progressActionLeakIsDropped() {
        assertNoParameter(messy, "ProgressAction");
        assertEquals(List.of("Identity", "Status", "After", "Folders", "Advertise", "Policy", "Recipient", "Enabled",
                "Limit", "Subscriptions"), Fixtures.names(messy));
    }
}
