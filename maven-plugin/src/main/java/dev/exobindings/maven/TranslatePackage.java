package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
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
 * project's {@code generate} goal writes (its configured {@code <packageName>}, else {@code ${groupId}.exo}, the
 * generate goal's own default); without a generate goal (no project, or a project that uses the prebuilt jar), the
 * prebuilt jar's package for a bundled snapshot. A guess that would print imports that do not compile is an error
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
        List<String> generated = generatePackages(project);
        if (generated.size() == 1) {
            return checked(generated.get(0), "the generate goal's package (<packageName>, default ${project.groupId}.exo)");
        }
        if (generated.size() > 1) {
            throw new MojoFailureException("The generate goal of this project writes several packages " + generated
                    + "; translate needs one. Fix: -Dexo-bindings.packageName=<one of them>.");
        }
        if (BundledSnapshots.names().contains(snapshot)) {
            return BundledSnapshots.prebuiltBindingsPackage(snapshot);
        }
        throw new MojoFailureException("No package for the bindings of snapshot file " + snapshot + ": this project"
                + " has no exo-bindings generate goal. Fix: -Dexo-bindings.packageName=<the package they were"
                + " generated into>.");
    }

    /** The distinct packages of this project's generate executions (none without a project file). */
    private static List<String> generatePackages(MavenProject project) {
        Set<String> packages = new LinkedHashSet<>();
        if (project == null || project.getFile() == null) {
            return List.of();
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!PLUGIN_KEY.equals(plugin.getKey())) {
                continue;
            }
            String pluginLevel = packageIn(plugin.getConfiguration());
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains("generate")) {
                    String own = packageIn(execution.getConfiguration());
                    packages.add(own != null ? own : pluginLevel != null ? pluginLevel : project.getGroupId() + ".exo");
                }
            }
        }
        return new ArrayList<>(packages);
    }

    private static String packageIn(Object configuration) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild("packageName") != null) {
            String value = dom.getChild("packageName").getValue();
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
