package dev.exobindings.maven;

import dev.exobindings.metadata.BundledSnapshots;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Which snapshot the {@code translate} goal reads when none is given: the one this project's {@code generate} goal
 * reads, so the printed statements import what the project generates; the bundled Exchange Online snapshot when the
 * project has no generate execution (it uses the prebuilt jar). Several snapshots are a choice the user makes.
 */
final class TranslateSnapshot {
    private TranslateSnapshot() {
    }

    static String resolve(String configured, org.apache.maven.project.MavenProject project)
            throws MojoFailureException {
        if (configured != null && !configured.isBlank()) {
            return configured.trim();
        }
        List<String> read = GenerateExecutions.snapshotsRead(project);
        if (read.isEmpty()) {
            return BundledSnapshots.EXCHANGE_ONLINE;
        }
        if (read.size() == 1) {
            return read.get(0);
        }
        throw new MojoFailureException("The generate goal of this project reads several snapshots " + read
                + "; translate needs the one the script's bindings come from. Fix:"
                + " -Dexo-bindings.translate.snapshot=<one of them>.");
    }
}
