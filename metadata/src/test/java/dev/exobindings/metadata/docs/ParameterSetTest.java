package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.in;
import static dev.exobindings.metadata.docs.Fixtures.mandatory;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static dev.exobindings.metadata.docs.Fixtures.positions;
import static dev.exobindings.metadata.docs.Fixtures.setNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterSetTest {
    private final Cmdlet thing = Fixtures.exo("sets-forms.md");

    @Test
    void setsComeFromSyntaxHeadersInOrderWithTheDefaultMarker() {
        assertEquals(List.of("ById", "ByName", "ByFilter"), thing.parameterSets());
        assertEquals("ById", thing.defaultParameterSet());
        assertTrue(thing.supportsShouldProcess(), "[-Confirm] in a syntax block");
    }

    @Test
    void positionalMandatoryAndPositionalOptional() {
        Parameter identity = param(thing, "Identity");
        assertEquals(List.of("ById", "ByName"), setNames(identity));
        assertEquals(List.of(true, false), mandatory(identity));
        assertEquals(List.of(1, 1), positions(identity), "yaml gives the number");
    }

    @Test
    void namedMandatoryAndNamedOptional() {
        assertEquals(List.of(true), mandatory(param(thing, "Name")));
        assertEquals(Arrays.asList((Integer) null), positions(param(thing, "Name")));
        assertEquals(List.of(false), mandatory(param(thing, "Mode")));
    }

    @Test
    void switchIsMandatoryWhereYamlRequiresItAndNamesTheSet() {
        Parameter archive = param(thing, "Archive");
        assertTrue(archive.isSwitch());
        assertEquals(List.of("ById", "ByName", "ByFilter"), setNames(archive));
        assertEquals(List.of(true, false, true), mandatory(archive));
        assertEquals(List.of(false, false), mandatory(param(thing, "Flag")));
    }

    @Test
    void positionFallsBackToIndexAmongPositionalEntries() {
        assertEquals(List.of(1), positions(param(thing, "Extra")), "Identity is index 0, Extra index 1");
        assertEquals(List.of(0), positions(param(thing, "Slot")), "Position: Positional is no number");
    }

    @Test
    void pipelineVariants() {
        ParameterSetMembership identity = in(param(thing, "Identity"), "ById");
        assertTrue(identity.valueFromPipeline());
        assertFalse(identity.valueFromPipelineByPropertyName());
        ParameterSetMembership mode = in(param(thing, "Mode"), "ById");
        assertFalse(mode.valueFromPipeline());
        assertTrue(mode.valueFromPipelineByPropertyName());
        ParameterSetMembership filter = in(param(thing, "Filter"), "ByFilter");
        assertFalse(filter.valueFromPipeline());
        assertTrue(filter.valueFromPipelineByPropertyName(), "lowercase 'true (byPropertyName)'");
        ParameterSetMembership slot = in(param(thing, "Slot"), "ByFilter");
        assertTrue(slot.valueFromPipeline());
        assertTrue(slot.valueFromPipelineByPropertyName());
        assertFalse(in(param(thing, "Name"), "ByName").valueFromPipeline(), "lowercase 'false'");
    }

    @Test
    void plainTrueMeansByValueOnly() {
        assertEquals(new PipelineInput(true, false), PipelineInput.parse("True"));
        assertEquals(new PipelineInput(true, true), PipelineInput.parse("True (ByPropertyName, ByValue)"));
        assertEquals(PipelineInput.NONE, PipelineInput.parse("false"));
    }

    @Test
    void everyMembershipNamesASyntaxSet() {
        for (Parameter p : thing.parameters()) {
            for (ParameterSetMembership m : p.sets()) {
                assertTrue(thing.parameterSets().contains(m.name()), p.name() + " in unknown set " + m.name());
            }
        }
    }

    @Test
    void singleBlockWithoutHeaderIsTheAllSetsSet() {
        Cmdlet lone = Fixtures.exo("sets-single-none.md");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), lone.parameterSets());
        assertEquals(Cmdlet.ALL_PARAMETER_SETS, lone.defaultParameterSet());
        Parameter identity = param(lone, "Identity");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), setNames(identity));
        assertEquals(List.of(false), mandatory(identity));
        assertEquals(List.of(0), positions(identity));
    }

    @Test
    void singleBlockWithHeaderKeepsTheHeaderNameAndIgnoresYamlOnlySets() {
        Cmdlet solo = Fixtures.exo("sets-single-header.md");
        assertEquals(List.of("Default"), solo.parameterSets());
        assertEquals("Default", solo.defaultParameterSet());
        assertEquals(List.of("Default"), setNames(param(solo, "Name")));
        assertEquals(List.of(true), mandatory(param(solo, "Name")));
        assertEquals(List.of("Default"), setNames(param(solo, "Note")), "syntax wins for membership");
    }

    @Test
    void multipleSetsWithoutDefaultMarkerHaveNoDefault() {
        String page = Fixtures.text("sets-forms.md").replace("### ById (Default)", "### ById");
        Cmdlet cmdlet = DocsImporter.fromPages(List.of(DocsImporter.parsePage("p.md", page))).exchangeOnline().get(0);
        assertEquals(null, cmdlet.defaultParameterSet());
    }
}
