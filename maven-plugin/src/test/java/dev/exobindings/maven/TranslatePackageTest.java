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

/** The translate goal's package when none is given: never one whose imports would not compile. */
class TranslatePackageTest {

    private static MavenProject project(String groupId, Plugin... plugins) {
        Model model = new Model();
        model.setGroupId(groupId);
        model.setArtifactId("app");
        model.setBuild(new Build());
        for (Plugin plugin : plugins) {
            model.getBuild().addPlugin(plugin);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(new File("pom.xml").getAbsoluteFile());
        return project;
    }

    private static Plugin exoBindings(String pluginLevelPackage, String... executionPackages) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.exobindings");
        plugin.setArtifactId("exo-bindings-maven-plugin");
        plugin.setConfiguration(configuration(pluginLevelPackage));
        for (int i = 0; i < executionPackages.length; i++) {
            PluginExecution execution = new PluginExecution();
            execution.setId("e" + i);
            execution.setGoals(List.of("generate"));
            execution.setConfiguration(configuration(executionPackages[i]));
            plugin.addExecution(execution);
        }
        return plugin;
    }

    private static Xpp3Dom configuration(String packageName) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        if (packageName != null) {
            Xpp3Dom child = new Xpp3Dom("packageName");
            child.setValue(packageName);
            dom.addChild(child);
        }
        return dom;
    }

    @Test
    void aGivenPackageWinsAndAnInvalidOneIsRefusedWithTheFix() throws Exception {
        assertEquals("org.acme.exo", TranslatePackage.resolve(" org.acme.exo ", null, "exchange-online"));
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> TranslatePackage.resolve("my-group.exo", null, "exchange-online"));
        assertTrue(e.getMessage().contains("'my-group.exo' (<packageName>) is not a valid Java package name. Fix:"),
                e.getMessage());
    }

    @Test
    void inAProjectThatGeneratesItIsThePackageTheGenerateGoalWrites() throws Exception {
        assertEquals("org.acme.exo", TranslatePackage.resolve(null, project("org.acme", exoBindings(null, (String) null)),
                "exchange-online"), "the generate goal's default, ${project.groupId}.exo");
        assertEquals("org.acme.mail", TranslatePackage.resolve(null,
                project("org.acme", exoBindings(null, "org.acme.mail")), "exchange-online"));
        assertEquals("org.acme.shared", TranslatePackage.resolve(null,
                project("org.acme", exoBindings("org.acme.shared", (String) null)), "exchange-online"));
        MojoFailureException two = assertThrows(MojoFailureException.class, () -> TranslatePackage.resolve(null,
                project("org.acme", exoBindings(null, "org.acme.a", "org.acme.b")), "exchange-online"));
        assertTrue(two.getMessage().contains("[org.acme.a, org.acme.b]"), two.getMessage());
        MojoFailureException hyphen = assertThrows(MojoFailureException.class, () -> TranslatePackage.resolve(null,
                project("my-group", exoBindings(null, (String) null)), "exchange-online"));
        assertTrue(hyphen.getMessage().contains("'my-group.exo'"), hyphen.getMessage());
    }

    private static PluginExecution generate(String id, String packageName, String sourceKey, String source) {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setGoals(List.of("generate"));
        Xpp3Dom dom = configuration(packageName);
        Xpp3Dom child = new Xpp3Dom(sourceKey);
        child.setValue(source);
        dom.addChild(child);
        execution.setConfiguration(dom);
        return execution;
    }

    @Test
    void theExecutionThatGeneratesFromTheSameSnapshotGivesThePackage() throws Exception {
        Plugin plugin = exoBindings(null, "org.acme.mail");
        plugin.addExecution(generate("scc", "org.acme.scc", "bundledSnapshot", "security-compliance"));
        plugin.addExecution(generate("captured", "org.acme.captured", "snapshot", "snapshots/capture.json"));
        MavenProject project = project("org.acme", plugin);
        assertEquals("org.acme.mail", TranslatePackage.resolve(null, project, "exchange-online"));
        assertEquals("org.acme.scc", TranslatePackage.resolve(null, project, "security-compliance"));
        assertEquals("org.acme.captured", TranslatePackage.resolve(null, project, "snapshots/./capture.json"));
        MojoFailureException other = assertThrows(MojoFailureException.class,
                () -> TranslatePackage.resolve(null, project, "snapshots/other.json"));
        assertTrue(other.getMessage().contains("no exo-bindings generate execution of this project generates from"
                + " it"), other.getMessage());
    }

    @Test
    void withoutAGenerateGoalABundledSnapshotUsesItsPrebuiltJarAndAFileNeedsThePackage() throws Exception {
        MavenProject standalone = new MavenProject();
        assertEquals("dev.exobindings.exo", TranslatePackage.resolve(null, standalone, "exchange-online"));
        assertEquals("dev.exobindings.scc", TranslatePackage.resolve(null, project("org.acme"), "security-compliance"),
                "a project that uses the prebuilt jar, not the plugin");
        MojoFailureException file = assertThrows(MojoFailureException.class,
                () -> TranslatePackage.resolve(null, standalone, "captured.json"));
        assertTrue(file.getMessage().contains("Fix: -Dexo-bindings.packageName="), file.getMessage());
        // a CSDL given to translate: the prebuilt jar, generated with the bundled CSDL, is no fallback
        MojoFailureException ownCsdl = assertThrows(MojoFailureException.class,
                () -> TranslatePackage.resolve(null, standalone, "exchange-online", true));
        assertTrue(ownCsdl.getMessage().contains("generated with the given <csdl>"), ownCsdl.getMessage());
        assertEquals("org.acme.mail", TranslatePackage.resolve(null, project("org.acme",
                exoBindings(null, "org.acme.mail")), "exchange-online", true), "the generate execution still decides");
    }
}
