package dev.exobindings.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translate goal reads the CSDL its bindings were generated with, never silently another one. */
class TranslateCsdlTest {
    @TempDir
    Path base;

    private MavenProject project(PluginExecution... executions) {
        return PomProjects.project(base, executions);
    }

    /** A generate execution with the settings that are given (null: left out). */
    private static PluginExecution generate(String id, String snapshot, String csdl) {
        List<Object> settings = new java.util.ArrayList<>();
        if (snapshot != null) {
            settings.addAll(List.of("snapshot", snapshot));
        }
        if (csdl != null) {
            settings.addAll(List.of("csdl", csdl));
        }
        return PomProjects.generate(id, settings.toArray());
    }

    @Test
    void theGenerateExecutionOfTheSameSnapshotGivesItsCsdl() throws Exception {
        Path csdl = Files.createDirectories(base.resolve("capture")).resolve("t.metadata.xml");
        Files.writeString(csdl, "<x/>");
        MavenProject project = project(generate("tenant", "capture/t.json", "capture/t.metadata.xml"),
                generate("bundled", null, null));
        assertEquals(csdl, TranslateCsdl.resolve(null, project, "capture/./t.json", base));
        assertNull(TranslateCsdl.resolve(null, project, "exchange-online", base), "that execution reads the bundled one");
        assertNull(TranslateCsdl.resolve(null, new MavenProject(), "capture/t.json", base), "no project, no execution");
    }

    @Test
    void aGivenCsdlWinsAndAMissingOneIsRefusedWithTheFix() throws Exception {
        Path given = Files.writeString(base.resolve("given.xml"), "<x/>");
        MavenProject project = project(generate("tenant", "t.json", "other.xml"));
        assertEquals(given, TranslateCsdl.resolve(new File("given.xml"), project, "t.json", base));
        MojoFailureException missing = assertThrows(MojoFailureException.class,
                () -> TranslateCsdl.resolve(null, project, "t.json", base));
        assertTrue(missing.getMessage().startsWith("CSDL file " + base.resolve("other.xml") + " (from <csdl>) does not"
                + " exist. Fix: "), missing.getMessage());
    }

    @Test
    void twoExecutionsOfOneSnapshotWithDifferentCsdlsNeedAChoice() {
        MavenProject project = project(generate("a", "t.json", "a.xml"), generate("b", "t.json", null));
        MojoFailureException two = assertThrows(MojoFailureException.class,
                () -> TranslateCsdl.resolve(null, project, "t.json", base));
        assertTrue(two.getMessage().contains("different CSDL files [a.xml, (bundled)]"), two.getMessage());
        assertTrue(two.getMessage().contains("Fix: -Dexo-bindings.csdl="), two.getMessage());
    }
}
