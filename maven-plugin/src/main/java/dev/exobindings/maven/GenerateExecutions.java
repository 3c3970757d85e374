package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The {@code generate} executions of this plugin in a project's build that generate from one snapshot: where the
 * {@code translate} goal looks up the settings it must share with the bindings it translates for (their package and
 * their CSDL), so that a translation imports what was generated.
 */
final class GenerateExecutions {
    static final String PLUGIN_KEY = "dev.exobindings:exo-bindings-maven-plugin";

    private GenerateExecutions() {
    }

    /** One execution's configuration, falling back to the plugin-level one, as Maven merges them. */
    record Execution(Object own, Object shared) {
        /** A setting of the execution, else of the plugin; null when neither sets it. */
        String setting(String name) {
            String value = valueIn(own, name);
            return value != null ? value : valueIn(shared, name);
        }
    }

    /** The generate executions that read {@code snapshot} (a bundled name or a file); none without a project file. */
    static List<Execution> readingSnapshot(MavenProject project, String snapshot) {
        List<Execution> found = new ArrayList<>();
        if (project == null || project.getFile() == null) {
            return found;
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!PLUGIN_KEY.equals(plugin.getKey())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (!execution.getGoals().contains("generate")) {
                    continue;
                }
                Execution settings = new Execution(execution.getConfiguration(), plugin.getConfiguration());
                String source = sourceOf(settings.setting("bundledSnapshot"), settings.setting("snapshot"));
                if (sameSource(project, source, snapshot)) {
                    found.add(settings);
                }
            }
        }
        return found;
    }

    /** What a generate execution reads, as the generate goal decides it: a bundled name, a file, or the default. */
    private static String sourceOf(String bundled, String file) {
        return bundled != null ? bundled : file != null ? file : BundledSnapshots.EXCHANGE_ONLINE;
    }

    private static boolean sameSource(MavenProject project, String source, String snapshot) {
        boolean sourceBundled = BundledSnapshots.names().contains(source);
        boolean snapshotBundled = BundledSnapshots.names().contains(snapshot);
        if (sourceBundled || snapshotBundled) {
            return source.equals(snapshot);
        }
        Path base = project.getBasedir().toPath();
        return base.resolve(source).normalize().equals(base.resolve(snapshot).normalize());
    }

    private static String valueIn(Object configuration, String name) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild(name) != null) {
            String value = dom.getChild(name).getValue();
            return value == null || value.isBlank() ? null : value.trim();
        }
        return null;
    }
}
