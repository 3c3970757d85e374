package dev.exobindings.maven;

import static dev.exobindings.maven.PomProjects.generate;
import static dev.exobindings.maven.PomProjects.project;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two executions of the POM writing one folder are refused before either writes. */
class SharedOutputDirectoriesTest {
    @TempDir
    Path base;

    @Test
    void anotherExecutionWithTheSameFolderFailsBeforeAnythingIsWritten() {
        Path defaultFolder = base.resolve("target/generated-sources/exo-bindings");
        MavenProject project = project(base, generate("exo-read"), generate("exo-write"),
                generate("other", "outputDirectory", "target/other"));
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> SharedOutputDirectories.check(project, "exo-read", defaultFolder));
        assertEquals("The output directory " + defaultFolder + " is also used by execution(s) [exo-write] in this "
                + "POM. Fix: give execution 'exo-read' its own <outputDirectory> (the generator deletes the files its "
                + "run did not produce).", e.getMessage());
        assertThrows(MojoFailureException.class,
                () -> SharedOutputDirectories.check(project, "x", base.resolve("target/./other")));
        assertDoesNotThrow(() -> SharedOutputDirectories.check(project, "other", base.resolve("target/other")));
    }

    @Test
    void aSkippedExecutionWritesNothingAndSharesNothing() {
        MavenProject project = project(base, generate("a"), generate("b", "skip", "true"));
        assertDoesNotThrow(() -> SharedOutputDirectories.check(project, "a",
                base.resolve("target/generated-sources/exo-bindings")));
    }
}
