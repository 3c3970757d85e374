package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EntryModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.SetParameter;
import dev.exobindings.generator.testing.FixtureModel;
import dev.exobindings.metadata.BundledSnapshots;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every entry the generator emits sends a body that selects the entry's own set under the translator's binding
 * rules ({@link ParameterBinder}): the entry's argument, its staged steps and the switches it sends, nothing else.
 */
class EntrySetSelectionTest {
    /** The set the translator chooses for the least call through {@code entry}, or the problem it reports. */
    static String chosenSet(CmdletModel cmdlet, ParameterSetModel set, EntryModel entry) {
        List<PsArgument> args = new ArrayList<>();
        int column = 1;
        List<SetParameter> bound = new ArrayList<>(entry.arguments());
        bound.addAll(set.steps());
        for (SetParameter sp : bound) {
            args.add(new PsArgument(sp.parameter().name(), new PsValue.Text("x", true, column), false, column));
            column += 10;
        }
        for (SetParameter sp : entry.presetSwitches()) {
            args.add(new PsArgument(sp.parameter().name(), null, false, column));
            column += 10;
        }
        try {
            return ParameterBinder.bind(cmdlet, new PsCommand(cmdlet.name(), args)).set().name();
        } catch (TranslationException e) {
            return e.getMessage();
        }
    }

    static List<String> mismatches(ServiceModel model) {
        List<String> wrong = new ArrayList<>();
        for (CmdletModel c : model.cmdlets()) {
            for (ParameterSetModel set : c.sets()) {
                for (EntryModel e : set.entries()) {
                    String chosen = chosenSet(c, set, e);
                    if (!chosen.equals(set.name())) {
                        wrong.add(c.name() + "." + e.methodName() + " [" + set.name() + "] -> " + chosen);
                    }
                }
            }
        }
        return wrong;
    }

    @Test
    void everyBundledEntrySelectsItsOwnSet() {
        List<String> wrong = mismatches(FixtureModel.of(BundledSnapshots.exchangeOnline()));
        assertEquals(List.of(), wrong, wrong.size() + " entries send another set's body");
    }

    @Test
    void everyBundledSecurityComplianceEntrySelectsItsOwnSet() {
        List<String> wrong = mismatches(FixtureModel.of(BundledSnapshots.securityCompliance()));
        assertEquals(List.of(), wrong, wrong.size() + " entries send another set's body");
    }

    /** The reviewer's cases: no entry sends New-Mailbox -Name alone; provideConsent sends its switch. */
    @Test
    void theReviewedEntries() {
        ServiceModel model = FixtureModel.of(BundledSnapshots.exchangeOnline());
        CmdletModel newMailbox = FixtureModel.cmdlet(model, "New-Mailbox");
        assertEquals(List.of(), newMailbox.sets().stream().filter(s -> s.name().equals("LinkedRoomMailbox")).toList());
        org.junit.jupiter.api.Assertions.assertTrue(model.droppedSets().contains("New-Mailbox [LinkedRoomMailbox]: no "
                + "entry: its parameters alone choose another set or none"), model.droppedSets().toString());
        CmdletModel setMailbox = FixtureModel.cmdlet(model, "Set-Mailbox");
        ParameterSetModel consent = setMailbox.sets().stream().filter(s -> s.name().equals("ProvideConsent"))
                .findFirst().orElseThrow();
        assertEquals(List.of("provideConsent [Identity] [ProvideConsent]"), consent.entries().stream()
                .map(e -> e.methodName() + " " + e.arguments().stream().map(a -> a.parameter().name()).toList() + " "
                        + e.presetSwitches().stream().map(a -> a.parameter().name()).toList()).toList());
        assertEquals("ProvideConsent", chosenSet(setMailbox, consent, consent.entry()));
    }

    @Test
    void everyFixtureEntrySelectsItsOwnSet() {
        List<String> wrong = mismatches(FixtureModel.all());
        assertEquals(List.of(), wrong, wrong.size() + " entries send another set's body");
    }
}
