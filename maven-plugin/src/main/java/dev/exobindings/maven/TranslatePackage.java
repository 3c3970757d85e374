package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * Which package the {@code translate} goal imports from when {@code <packageName>} is not given: the package this
 * project's {@code generate} execution for the same snapshot writes (its configured {@code <packageName>}, else
 * {@code ${groupId}.exo}, the generate goal's own default); without one (no project, or a project that uses the
 * prebuilt jar), the prebuilt jar's package for a bundled snapshot. A guess that would print imports that do not compile is an error
 * instead.
 */
final class TranslatePackage {
    private TranslatePackage() {
    }

    static String resolve(String configured, MavenProject project, String snapshot) throws MojoFailureException {
        return resolve(configured, project, snapshot, false);
    }

    /**
     * As {@link #resolve(String, MavenProject, String)}; {@code ownCsdl}: a CSDL was given to translate itself, so the
     * prebuilt jar (generated with the bundled CSDL) is no fallback.
     */
    static String resolve(String configured, MavenProject project, String snapshot, boolean ownCsdl)
            throws MojoFailureException {
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
        if (ownCsdl) {
            throw new MojoFailureException("No package for the bindings of " + snapshot + " generated with the given"
                    + " <csdl>: no exo-bindings generate execution of this project generates from it, and the prebuilt"
                    + " jar has the bundled CSDL's models. Fix: -Dexo-bindings.packageName=<the package they were"
                    + " generated into>.");
        }
        if (BundledSnapshots.names().contains(snapshot)) {
            return BundledSnapshots.prebuiltBindingsPackage(snapshot);
        }
        throw new MojoFailureException("No package for the bindings of snapshot file " + snapshot + ": no"
                + " exo-bindings generate execution of this project generates from it. Fix:"
                + " -Dexo-bindings.packageName=<the package they were generated into>.");
    }

    /** The distinct packages of this project's generate executions that generate from {@code snapshot}. */
    private static List<String> generatePackages(MavenProject project, String snapshot) {
        Set<String> packages = new LinkedHashSet<>();
        for (GenerateExecutions.Execution execution : GenerateExecutions.readingSnapshot(project, snapshot)) {
            String packageName = execution.setting("packageName");
            packages.add(packageName != null ? packageName : project.getGroupId() + ".exo");
        }
        return new ArrayList<>(packages);
    }

    private static String checked(String name, String from) throws MojoFailureException {
        if (!SourceVersion.isName(name)) {
            throw new MojoFailureException("'" + name + "' (" + from + ") is not a valid Java package name. Fix: set"
                    + " <packageName> (-Dexo-bindings.packageName), e.g. com.example.exo.");
        }
        return name;
    }
}
