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
 * The {@code generate} executions this plugin has in a project's POM. The {@code translate} goal looks up the
 * settings it must share with the bindings it translates for (their package, CSDL and globs), so that a translation
 * imports what was generated; the {@code generate} goal run from the command line takes the configuration of the
 * one declared execution, and checks before writing that no two executions share an output directory.
 */
final class GenerateExecutions {
    static final String PLUGIN_KEY = "dev.exobindings:exo-bindings-maven-plugin";

    private GenerateExecutions() {
    }

    /** One execution's configuration, falling back to the plugin-level one, as Maven merges them. */
    record Execution(String id, Object own, Object shared) {
        /** A setting of the execution, else of the plugin; null when neither sets it. */
        String setting(String name) {
            String value = valueIn(own, name);
            return value != null ? value : valueIn(shared, name);
        }

        /**
         * A list setting ({@code <includes><include>…</include></includes>}) of the execution, else of the plugin;
         * null when neither sets it. Blank entries stay, as "": the generate goal refuses them with the fix.
         */
        List<String> list(String name) {
            List<String> values = listIn(own, name);
            return values != null ? values : listIn(shared, name);
        }
    }

    /** Every generate execution of this plugin in the project's POM; none without a project file. */
    static List<Execution> all(MavenProject project) {
        List<Execution> found = new ArrayList<>();
        if (project == null || project.getFile() == null) {
            return found;
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!PLUGIN_KEY.equals(plugin.getKey())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains("generate")) {
                    found.add(new Execution(execution.getId(), execution.getConfiguration(),
                            plugin.getConfiguration()));
                }
            }
        }
        return found;
    }

    /** The generate executions that read {@code snapshot} (a bundled name or a file); none without a project file. */
    static List<Execution> readingSnapshot(MavenProject project, String snapshot) {
        List<Execution> found = new ArrayList<>();
        for (Execution execution : all(project)) {
            String source = sourceOf(execution.setting("bundledSnapshot"), execution.setting("snapshot"));
            if (sameSource(project, source, snapshot)) {
                found.add(execution);
            }
        }
        return found;
    }

    /** The distinct snapshots this project's generate executions read, in POM order (bundled names or files). */
    static List<String> snapshotsRead(MavenProject project) {
        List<String> found = new ArrayList<>();
        for (Execution execution : all(project)) {
            String source = sourceOf(execution.setting("bundledSnapshot"), execution.setting("snapshot"));
            if (found.stream().noneMatch(known -> sameSource(project, known, source))) {
                found.add(source);
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

    private static List<String> listIn(Object configuration, String name) {
        if (!(configuration instanceof Xpp3Dom dom) || dom.getChild(name) == null) {
            return null;
        }
        Xpp3Dom list = dom.getChild(name);
        if (list.getChildCount() == 0 && list.getValue() != null && !list.getValue().isBlank()) {
            // <includes>Get-*,Set-Mailbox</includes>: Maven splits a plain value at commas, as for the property
            return List.of(list.getValue().split(","));
        }
        List<String> values = new ArrayList<>();
        for (Xpp3Dom entry : list.getChildren()) {
            values.add(entry.getValue() == null ? "" : entry.getValue());
        }
        return values;
    }

    private static String valueIn(Object configuration, String name) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild(name) != null) {
            String value = dom.getChild(name).getValue();
            return value == null || value.isBlank() ? null : value.trim();
        }
        return null;
    }
}
