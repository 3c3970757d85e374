package dev.exobindings.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Projects whose POM declares this plugin's generate executions, as Maven's model gives them to a mojo. */
final class PomProjects {
    private PomProjects() {
    }

    /** A project in {@code base} (build directory {@code base/target}) declaring the plugin with {@code executions}. */
    static MavenProject project(Path base, PluginExecution... executions) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.exobindings");
        plugin.setArtifactId("exo-bindings-maven-plugin");
        for (PluginExecution execution : executions) {
            plugin.addExecution(execution);
        }
        Model model = new Model();
        model.setGroupId("org.acme");
        model.setArtifactId("app");
        model.setBuild(new Build());
        model.getBuild().setDirectory(base.resolve("target").toString());
        model.getBuild().addPlugin(plugin);
        MavenProject project = new MavenProject(model);
        project.setFile(base.resolve("pom.xml").toFile());
        return project;
    }

    /**
     * A generate execution; {@code settings} are name/value pairs, a value a String or a List of entries
     * ({@code includes} → {@code <include>}s, a null entry being an empty element).
     */
    static PluginExecution generate(String id, Object... settings) {
        Xpp3Dom dom = new Xpp3Dom("configuration");
        for (int i = 0; i < settings.length; i += 2) {
            Xpp3Dom child = new Xpp3Dom((String) settings[i]);
            if (settings[i + 1] instanceof List<?> entries) {
                String entryName = child.getName().substring(0, child.getName().length() - 1);
                for (Object entry : entries) {
                    Xpp3Dom element = new Xpp3Dom(entryName);
                    element.setValue((String) entry);
                    child.addChild(element);
                }
            } else {
                child.setValue((String) settings[i + 1]);
            }
            dom.addChild(child);
        }
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setGoals(List.of("generate"));
        execution.setConfiguration(dom);
        return execution;
    }
}
