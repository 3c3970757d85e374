package dev.exobindings.metadata.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MalformedPageTest {

    private static DocsImportException failure(String fixture) {
        return assertThrows(DocsImportException.class, () -> Fixtures.page(fixture));
    }

    private static void assertMessage(DocsImportException e, String fixture, int line, String problem, String fix) {
        assertEquals(fixture, e.fileName());
        assertEquals(line, e.line());
        assertTrue(e.getMessage().startsWith(fixture + ":" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: " + fix), e.getMessage());
    }

    @Test
    void noFrontMatter() {
        assertMessage(failure("bad-no-front-matter.md"), "bad-no-front-matter.md", 1,
                "does not start with a '---' front matter block", "start the page with '---'");
    }

    @Test
    void unterminatedFrontMatter() {
        assertMessage(failure("bad-unterminated-front-matter.md"), "bad-unterminated-front-matter.md", 1,
                "front matter opened on line 1 is never closed", "end the front matter");
    }

    @Test
    void noTitleHeading() {
        assertMessage(failure("bad-no-title.md"), "bad-no-title.md", 7,
                "no '# Cmdlet-Name' title heading", "add a heading such as '# Get-Mailbox'");
    }

    @Test
    void titleThatIsAPathIsRejected() {
        DocsImportException e = failure("bad-title-path.md");
        assertMessage(e, "bad-title-path.md", 7, "the title '../../Evil' is not a cmdlet name", "write the title as Verb-Noun");
    }

    @Test
    void unterminatedCodeFence() {
        assertMessage(failure("bad-unterminated-fence.md"), "bad-unterminated-fence.md", 42,
                "the code fence opened here is never closed", "add a line holding only ```");
    }

    @Test
    void parameterSectionWithoutYaml() {
        assertMessage(failure("bad-no-yaml.md"), "bad-no-yaml.md", 38,
                "parameter -Other has no ```yaml block", "add a ```yaml block");
    }

    @Test
    void yamlWithoutType() {
        assertMessage(failure("bad-no-type.md"), "bad-no-type.md", 42,
                "parameter -Other has no 'Type:' line", "add a line such as 'Type: String'");
    }

    @Test
    void yamlTypeWithNothingUsableAndNoSyntaxType() {
        assertMessage(failure("bad-empty-type.md"), "bad-empty-type.md", 42,
                "parameter -Other has an empty or unreadable 'Type:'", "write the parameter's type");
    }

    @Test
    void parameterNameThatIsNotAnIdentifier() {
        assertMessage(failure("bad-parameter-name.md"), "bad-parameter-name.md", 38,
                "'### -Bad/Name' is not a PowerShell identifier", "write the heading as '### -Name'");
    }

    @Test
    void setHeaderThatIsNotAnIdentifier() {
        assertMessage(failure("bad-set-header.md"), "bad-set-header.md", 15,
                "the parameter set header '### ById/../x (Default)' is not a set name", "write the header as '### SetName'");
    }

    @Test
    void onlineVersionThatIsNotAnHttpsUrl() {
        assertMessage(failure("bad-online-version.md"), "bad-online-version.md", 3,
                "the 'online version' value 'javascript:alert(1)' is not an https URL", "write the page's https:// link");
    }

    @Test
    void aliasThatIsNotALiteral() {
        assertMessage(failure("bad-alias.md"), "bad-alias.md", 30,
                "parameter -Identity has the alias 'a b<c>', which is not a literal", "use letters, digits");
    }

    @Test
    void aPageSavedWithAByteOrderMarkAndCrLfImports(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("Get-Widget.md"),
                "\uFEFF" + Fixtures.text("layout-current.md").replace("\n", "\r\n"));
        DocsImport imported = DocsImporter.importFolder(folder);
        assertEquals(1, imported.counts().pages());
        assertEquals("Get-Widget", imported.exchangeOnline().get(0).name());
    }

    @Test
    void folderImportFailsOnTheBadPageAndSkipsSourceMd(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("SOURCE.md"), "not a cmdlet page");
        Files.writeString(folder.resolve("Set-Gadget.md"), Fixtures.text("layout-yaml-applicable.md"));
        Files.writeString(folder.resolve("Get-Widget.md"), Fixtures.text("layout-current.md"));
        DocsImport imported = DocsImporter.importFolder(folder);
        assertEquals(2, imported.counts().pages());
        assertEquals("Get-Widget", imported.exchangeOnline().get(0).name());
        assertEquals("Set-Gadget", imported.exchangeOnline().get(1).name());

        Files.writeString(folder.resolve("Get-Broken.md"), Fixtures.text("bad-title-path.md"));
        DocsImportException e = assertThrows(DocsImportException.class, () -> DocsImporter.importFolder(folder));
        assertEquals("Get-Broken.md", e.fileName());
        assertFalse(e.getMessage().contains(folder.toString()), "no absolute path in the message");
    }
}
