package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Which package the {@code translate} goal imports from when {@code <packageName>} is not given: the package this
 * project's {@code generate} execution for the same snapshot writes (its configured {@code <packageName>}, else
 * {@code ${groupId}.exo}, the generate goal's own default); without one (no project, or a project that uses the
 * prebuilt jar), the prebuilt jar's package for a bundled snapshot. A guess that would print imports that do not compile is an error
 * instead.
 */
final class TranslatePackage {
    static final String PLUGIN_KEY = "dev.exobindings:exo-bindings-maven-plugin";

    private TranslatePackage() {
    }

    static String resolve(String configured, MavenProject project, String snapshot) throws MojoFailureException {
        if (configured != null && !configured.isBlank()) {
            return checked(configured.trim(), "<packageName>");
        }
        List<String> generated = generatePackages(project, snapshot);
        if (generated.size() == 1) {
            return checked(generated.get(0), "the generate goal's package (<packageName>, default ${project.groupId}.exo)");
        }
        if (generated.size() > 1) {
            throw new MojoFailureException("The generate goal of this project writes the bindings of " + snapshot
                    + " into several packages " + generated + "; translate needs one. Fix:"
                    + " -Dexo-bindings.packageName=<one of them>.");
        }
        if (BundledSnapshots.names().contains(snapshot)) {
            return BundledSnapshots.prebuiltBindingsPackage(snapshot);
        }
        throw new MojoFailureException("No package for the bindings of snapshot file " + snapshot + ": no"
                + " exo-bindings generate execution of this project generates from it. Fix:"
                + " -Dexo-bindings.packageName=<the package they were generated into>.");
    }

    /**
     * The distinct packages of this project's generate executions that generate from {@code snapshot} (a bundled
     * name or a file); none without a project file.
     */
    private static List<String> generatePackages(MavenProject project, String snapshot) {
        Set<String> packages = new LinkedHashSet<>();
        if (project == null || project.getFile() == null) {
            return List.of();
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!PLUGIN_KEY.equals(plugin.getKey())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (!execution.getGoals().contains("generate")) {
                    continue;
                }
                Object own = execution.getConfiguration();
                Object shared = plugin.getConfiguration();
                String source = sourceOf(setting(own, shared, "bundledSnapshot"), setting(own, shared, "snapshot"));
                if (sameSource(project, source, snapshot)) {
                    String packageName = setting(own, shared, "packageName");
                    packages.add(packageName != null ? packageName : project.getGroupId() + ".exo");
                }
            }
        }
        return new ArrayList<>(packages);
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

    /** A setting of the execution, else of the plugin; null when neither sets it. */
    private static String setting(Object execution, Object plugin, String name) {
        String own = valueIn(execution, name);
        return own != null ? own : valueIn(plugin, name);
    }

    private static String valueIn(Object configuration, String name) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild(name) != null) {
            String value = dom.getChild(name).getValue();
            return value == null || value.isBlank() ? null : value.trim();
        }
        return null;
    }

    private static String checked(String name, String from) throws MojoFailureException {
        if (!SourceVersion.isName(name)) {
            throw new MojoFailureException("'" + name + "' (" + from + ") is not a valid Java package name. Fix: set"
                    + " <packageName> (-Dexo-bindings.packageName), e.g. com.example.exo.");
        }
        return name;
    }
}
