package dev.exobindings.generator.translate;

import dev.exobindings.generator.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness blames the translation whose method does not compile, and still renders the others' bodies. */
class TranslationHarnessTest {
    @TempDir
    Path dir;

    @Test
    void aMethodThatDoesNotCompileIsReportedByItsIndexAndTheOthersRender() throws Exception {
        Translator translator = Translator.forSnapshot(Fixtures.all(), Fixtures.PACKAGE);
        Translation good = translator.translate("Get-Mailbox -Identity vasil");
        Translation alsoGood = translator.translate("Get-Mailbox -Anr Ma");
        Translation broken = new Translation(1, "x", good.cmdlet(), "GetMailbox.noSuchEntry(\"x\")", List.of(),
                good.body(), List.of(), null);
        TranslationHarness.Outcome outcome = TranslationHarness.run(Fixtures.all(), Fixtures.PACKAGE,
                List.of(good, broken, alsoGood), dir);
        assertEquals(Set.of(1), outcome.compileErrors().keySet(), outcome.compileErrors().toString());
        assertTrue(outcome.compileErrors().get(1).contains("noSuchEntry"), outcome.compileErrors().toString());
        assertEquals(good.body(), outcome.bodies().get(0));
        assertEquals(alsoGood.body(), outcome.bodies().get(2));
    }
}
