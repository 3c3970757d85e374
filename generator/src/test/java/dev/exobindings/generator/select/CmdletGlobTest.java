package dev.exobindings.generator.select;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.GeneratorException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmdletGlobTest {
    @Test
    void starQuestionMarkAndCase() {
        CmdletGlob glob = CmdletGlob.parse("get-*box", "includes[0]");
        assertTrue(glob.matches("Get-Mailbox"));
        assertTrue(glob.matches("GET-BOX"));
        assertFalse(glob.matches("Set-Mailbox"));
        CmdletGlob one = CmdletGlob.parse("Set-?ser", "includes[0]");
        assertTrue(one.matches("Set-User"));
        assertFalse(one.matches("Set-Uuser"));
    }

    @Test
    void regexCharactersAreNotGlobs() {
        for (String bad : List.of("Get-(Mailbox)", "Get-.*", "Get-[A]", "", " ", "Get Mailbox")) {
            assertThrows(GeneratorException.class, () -> CmdletGlob.parse(bad, "excludes[0]"), bad);
        }
    }

    @Test
    void filterKeepsIncludedAndNotExcluded() {
        CmdletFilter filter = CmdletFilter.of(List.of("Get-*", "Set-Mailbox"), List.of("*-Mailbox"));
        assertTrue(filter.accepts("Get-User"));
        assertFalse(filter.accepts("Get-Mailbox"));
        assertFalse(filter.accepts("Set-Mailbox"));
        assertFalse(filter.accepts("New-User"));
        assertTrue(CmdletFilter.of(List.of(), List.of()).accepts("New-User"));
    }
}
