package dev.exobindings.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The translate goal's snapshot when none is given: the one the project's generate goal reads. */
class TranslateSnapshotTest {

    /** A project whose plugin has one generate execution per entry: {@code file:<path>}, a bundled name, or null. */
    private static MavenProject project(String... executionSnapshots) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("app");
        model.setBuild(new Build());
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.exobindings");
        plugin.setArtifactId("exo-bindings-maven-plugin");
        for (int i = 0; i < executionSnapshots.length; i++) {
            PluginExecution execution = new PluginExecution();
            execution.setId("e" + i);
            execution.setGoals(List.of("generate"));
            Xpp3Dom configuration = new Xpp3Dom("configuration");
            String source = executionSnapshots[i];
            if (source != null) {
                Xpp3Dom child = new Xpp3Dom(source.startsWith("file:") ? "snapshot" : "bundledSnapshot");
                child.setValue(source.startsWith("file:") ? source.substring(5) : source);
                configuration.addChild(child);
            }
            execution.setConfiguration(configuration);
            plugin.addExecution(execution);
        }
        model.getBuild().addPlugin(plugin);
        MavenProject project = new MavenProject(model);
        project.setFile(new File("pom.xml").getAbsoluteFile());
        return project;
    }

    @Test
    void theGenerateGoalsSnapshotFileIsTheDefault() throws Exception {
        assertEquals("snapshots/contoso.json", TranslateSnapshot.resolve(null, project("file:snapshots/contoso.json")));
        assertEquals("security-compliance", TranslateSnapshot.resolve(" ", project("security-compliance")));
    }

    @Test
    void withoutAGenerateExecutionItIsTheBundledExchangeOnlineSnapshot() throws Exception {
        assertEquals("exchange-online", TranslateSnapshot.resolve(null, project()));
        assertEquals("exchange-online", TranslateSnapshot.resolve(null, null));
        assertEquals("exchange-online", TranslateSnapshot.resolve(null, project((String) null)),
                "an execution without a snapshot reads the generate goal's default");
    }

    @Test
    void aGivenSnapshotWinsAndSeveralReadOnesAreAChoice() throws Exception {
        assertEquals("security-compliance",
                TranslateSnapshot.resolve("security-compliance", project("file:snapshots/contoso.json")));
        assertEquals("snapshots/contoso.json", TranslateSnapshot.resolve(null,
                project("file:snapshots/contoso.json", "file:./snapshots/contoso.json")), "one file, written twice");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> TranslateSnapshot.resolve(null,
                project("file:snapshots/contoso.json", "security-compliance")));
        assertTrue(e.getMessage().contains("reads several snapshots [snapshots/contoso.json, security-compliance]"
                + "; translate needs the one the script's bindings come from. Fix: -Dexo-bindings.translate.snapshot="),
                e.getMessage());
    }
}
