package dev.exobindings.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff goal writes its two reports both or neither. */
class DiffMojoTest {
    @TempDir
    Path base;

    private DiffMojo mojo(Path markdown, Path json) {
        DiffMojo mojo = new DiffMojo();
        mojo.oldSnapshot = Path.of("src/it/fixtures/small-v1.json").toAbsolutePath().toString();
        mojo.newSnapshot = Path.of("src/it/fixtures/small-v2.json").toAbsolutePath().toString();
        mojo.markdownReport = markdown.toFile();
        mojo.jsonReport = json.toFile();
        mojo.baseDirectory = base.toFile();
        mojo.project = new MavenProject();
        return mojo;
    }

    @Test
    void anUnwritableJsonReportLeavesNoMarkdownReport() throws Exception {
        Path notAFolder = Files.writeString(base.resolve("file"), "x");
        Path markdown = base.resolve("reports/x.md");
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> mojo(markdown, notAFolder.resolve("x.json")).execute());
        assertTrue(e.getMessage().startsWith("Cannot write the diff report " + notAFolder.resolve("x.json")),
                e.getMessage());
        assertFalse(Files.exists(markdown), "half the reports");
    }

    @Test
    void aFailedSecondWriteRemovesTheFirstOrPutsItBack() throws Exception {
        Path markdown = base.resolve("x.md");
        Path json = Files.createDirectories(base.resolve("x.json"));
        assertThrows(MojoFailureException.class, () -> mojo(markdown, json).execute());
        assertFalse(Files.exists(markdown), "created by the failed run");
        Files.writeString(markdown, "previous");
        assertThrows(MojoFailureException.class, () -> mojo(markdown, json).execute());
        assertEquals("previous", Files.readString(markdown), "as it was before the failed run");
        mojo(markdown, base.resolve("ok.json")).execute();
        assertTrue(Files.readString(markdown).contains("Remove-MailContact"));
    }
}
