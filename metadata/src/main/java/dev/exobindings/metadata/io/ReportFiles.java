package dev.exobindings.metadata.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of reports all or none: a build that fails after writing one of two would leave a report that looks
 * current beside a stale or missing one. The texts are rendered before this is called; each file's folder is created
 * first, and when a later write fails the earlier ones are put back as they were (removed when this run created
 * them). Used by the command line's and the plugin's {@code diff}.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes {@code reports} (file → text), in order; on a failure, nothing of this run is left.
     *
     * @throws IOException whose message names the file, the cause and that nothing was changed
     */
    public static void writeAll(Map<Path, String> reports, String what) throws IOException {
        for (Path file : reports.keySet()) {
            Path folder = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new IOException("Cannot write the " + what + " " + file + ": cannot create the folder "
                        + folder + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); nothing was "
                        + "written. Fix: choose a writable folder for it.");
            }
        }
        Map<Path, byte[]> before = new LinkedHashMap<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> report : reports.entrySet()) {
                Path file = report.getKey();
                before.put(file, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
                SnapshotWriter.writeAtomically(file, report.getValue());
                written.add(file);
            }
        } catch (SnapshotException | IOException e) {
            restore(written, before);
            throw new IOException("Cannot write the " + what + " " + e.getMessage() + " (none of "
                    + reports.keySet() + " was changed)");
        }
    }

    private static void restore(List<Path> written, Map<Path, byte[]> before) {
        for (Path file : written) {
            try {
                byte[] previous = before.get(file);
                if (previous == null) {
                    Files.deleteIfExists(file);
                } else {
                    Files.write(file, previous);
                }
            } catch (IOException e) {
                // best effort: the build fails anyway, with the first error
            }
        }
    }
}
