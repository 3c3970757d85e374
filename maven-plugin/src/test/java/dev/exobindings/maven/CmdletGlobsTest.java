package dev.exobindings.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class CmdletGlobsTest {

    @Test
    void starAndQuestionMarkMatchWholeNamesCaseInsensitively() {
        assertTrue(CmdletGlobs.matches("Get-*", "get-mailbox"));
        assertTrue(CmdletGlobs.matches("*-Mailbox*", "Set-MailboxFolderPermission"));
        assertTrue(CmdletGlobs.matches("Get-Mailbo?", "Get-Mailbox"));
        assertFalse(CmdletGlobs.matches("Get-Mailbo?", "Get-Mailboxes"));
        assertFalse(CmdletGlobs.matches("Mailbox", "Get-Mailbox"));
    }

    @Test
    void invalidCharactersFailNamingTheGlobAndTheParameter() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> CmdletGlobs.checkSyntax(List.of("Get-*", "Get-[Mailbox]"), "includes"));
        assertEquals("Invalid glob 'Get-[Mailbox]' in <includes>: only letters, digits, '-', '*' (any characters) "
                + "and '?' (one character) are allowed. Fix: write a cmdlet-name glob such as Get-* or *-Mailbox*.",
                e.getMessage());
        assertThrows(MojoFailureException.class, () -> CmdletGlobs.checkSyntax(List.of(" "), "excludes"));
        assertDoesNotThrow(() -> CmdletGlobs.checkSyntax(List.of("*", "New-?x*"), "includes"));
    }

    @Test
    void everyUnmatchedIncludeIsListed() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> CmdletGlobs.checkIncludesMatch(List.of("Get-*", "Git-*", "Sett-*"),
                        List.of("Get-Mailbox", "Set-Mailbox"), "fixture.json"));
        assertTrue(e.getMessage().startsWith("Include glob(s) [Git-*, Sett-*] match no cmdlet in snapshot "
                + "fixture.json. Fix:"), e.getMessage());
        assertDoesNotThrow(() -> CmdletGlobs.checkIncludesMatch(List.of(), List.of("Get-Mailbox"), "x"));
        assertTrue(e.getMessage().endsWith("correct the spelling (cmdlet names look like Get-Mailbox) or remove the"
                + " glob from <includes>."), e.getMessage());
        MojoFailureException other = assertThrows(MojoFailureException.class,
                () -> CmdletGlobs.checkIncludesMatch(List.of("Get-Mailbox"), List.of("Get-ComplianceSearch"),
                        "security-compliance"));
        assertTrue(other.getMessage().endsWith("Fix: they name cmdlets of the bundled snapshot exchange-online, not"
                + " of security-compliance: generate them from exchange-online (a separate execution or output), or"
                + " remove the glob from <includes>."), other.getMessage());
    }

    @Test
    void anEmptyIncludeElementFailsNamingTheSettingInsteadOfCrashing() {
        // Maven gives <include></include>, <exclude/> or an empty ${property} as a null entry
        List<String> empty = CmdletGlobs.trimmed(java.util.Arrays.asList("Get-*", null));
        assertEquals(List.of("Get-*", ""), empty);
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> CmdletGlobs.checkSyntax(empty, "includes"));
        assertTrue(e.getMessage().startsWith("Empty glob in <includes> (an empty element, or one whose ${property} "
                + "is empty). Fix: remove it"), e.getMessage());
    }

    @Test
    void trimmedTreatsAbsentListAsEmpty() {
        assertEquals(List.of(), CmdletGlobs.trimmed(null));
        assertEquals(List.of("Get-*"), CmdletGlobs.trimmed(List.of("  Get-* ")));
    }
}
