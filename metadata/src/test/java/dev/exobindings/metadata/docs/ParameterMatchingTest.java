package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.mandatory;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static dev.exobindings.metadata.docs.Fixtures.setNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParameterMatchingTest {
    private final Cmdlet cmdlet = Fixtures.exo("params-mismatch.md");

    @Test
    void pageOrderThenSyntaxOnlyParametersWithoutDuplicates() {
        assertEquals(List.of("Identity", "PIN", "PinExpired", "Twice", "Orphan", "Orphan2", "NewFlag", "BareFlag"),
                Fixtures.names(cmdlet));
    }

    @Test
    void caseMismatchMatchesAndTheHeadingSpellingWins() {
        assertEquals(List.of("One"), setNames(param(cmdlet, "PIN")));
        assertEquals(List.of("Two"), setNames(param(cmdlet, "PinExpired")));
    }

    @Test
    void duplicatedHeadingKeepsTheFirstSection() {
        assertEquals("Int32", param(cmdlet, "Twice").type());
        assertEquals(7, Fixtures.imported("params-mismatch.md").counts().exchangeOnlineParameterSections(),
                "both Twice sections are counted as sections");
    }

    @Test
    void syntaxOnlyParameterIsTypedFromTheSyntax() {
        Parameter newFlag = param(cmdlet, "NewFlag");
        assertEquals("Boolean", newFlag.type());
        assertEquals(List.of("One"), setNames(newFlag));
        assertEquals(List.of(false), mandatory(newFlag));
    }

    @Test
    void syntaxOnlyBareParameterIsASwitch() {
        Parameter bare = param(cmdlet, "BareFlag");
        assertEquals("SwitchParameter", bare.type());
        assertTrue(bare.isSwitch());
    }

    @Test
    void documentedButInNoSyntaxBlockJoinsEverySetForAll() {
        Parameter orphan = param(cmdlet, "Orphan");
        assertEquals(List.of("One", "Two"), setNames(orphan));
        assertEquals(List.of(false, false), mandatory(orphan));
    }

    @Test
    void documentedButInNoSyntaxBlockJoinsTheSetsItsYamlNames() {
        assertEquals(List.of("Two"), setNames(param(cmdlet, "Orphan2")));
    }
}
