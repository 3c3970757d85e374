package dev.exobindings.maven;

import static dev.exobindings.maven.PomProjects.generate;
import static dev.exobindings.maven.PomProjects.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mvn exo-bindings:generate (execution default-cli) does what the POM's generate execution does. */
class CommandLineExecutionTest {
    @TempDir
    Path base;

    /** What Maven injects for default-cli in the README's layout: defaults only, the execution's settings absent. */
    private GenerateParameters commandLine() {
        return new GenerateParameters("default-cli", null, null, null, "org.acme.exo", null, null,
                base.resolve("target/generated-sources/exo-bindings").toFile(), false);
    }

    @Test
    void theOneDeclaredExecutionGivesItsIdAndConfiguration() throws Exception {
        MavenProject project = project(base, generate("default", "packageName", "com.example.exo",
                "includes", List.of("Get-Mailbox*", "Set-Mailbox"), "excludes", List.of("Get-MailboxStatistics")));
        GenerateParameters adopted = CommandLineExecution.adopt(commandLine(), project);
        assertEquals("default", adopted.executionId(), "its record, so the build finds it up to date");
        assertEquals("com.example.exo", adopted.packageName());
        assertEquals(List.of("Get-Mailbox*", "Set-Mailbox"), adopted.includes());
        assertEquals(List.of("Get-MailboxStatistics"), adopted.excludes());
        assertEquals(base.resolve("target/generated-sources/exo-bindings"), adopted.outputDirectory(base));

        MavenProject withFolder = project(base, generate("exo", "outputDirectory", "target/gen", "snapshot",
                "snapshots/s.json", "skip", "true"));
        GenerateParameters relative = CommandLineExecution.adopt(commandLine(), withFolder);
        assertEquals(base.resolve("target/gen"), relative.outputDirectory(base), "relative to the project");
        assertEquals(new File("snapshots/s.json"), relative.snapshot());
        assertTrue(relative.skip());
    }

    @Test
    void severalDeclaredExecutionsFailNamingThemAndTheGoalToRun() {
        MavenProject project = project(base, generate("exo-read"), generate("exo-write"));
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> CommandLineExecution.adopt(commandLine(), project));
        assertTrue(e.getMessage().contains("[exo-read, exo-write]"), e.getMessage());
        assertTrue(e.getMessage().contains("Fix: run mvn exo-bindings:generate@exo-read or "
                + "mvn exo-bindings:generate@exo-write"), e.getMessage());
    }

    @Test
    void aBuildExecutionOrAProjectWithoutExecutionsKeepsWhatMavenInjected() throws Exception {
        GenerateParameters build = new GenerateParameters("default", null, null, null, "a.b", null, null,
                base.toFile(), false);
        assertSame(build, CommandLineExecution.adopt(build, project(base, generate("default"), generate("other"))));
        GenerateParameters cli = commandLine();
        assertSame(cli, CommandLineExecution.adopt(cli, project(base)));
        assertSame(cli, CommandLineExecution.adopt(cli, new MavenProject()), "no POM file");
    }
}
