package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.capture.merge.CapturedTraits;
import dev.exobindings.capture.merge.Provenance;
import dev.exobindings.metadata.io.AtomicFiles;
import dev.exobindings.metadata.io.SnapshotWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished capture: every file's text is built first (the snapshot is validated while it is rendered), and
 * only then is each file written through {@link AtomicFiles}. Files, for snapshot name {@code N}: {@code N.json}
 * (snapshot), {@code N.metadata.xml} ($metadata), {@code N.psm1} (the module text as served),
 * {@code N.traits.tsv} (per-cmdlet traits, in the columns of {@code module-traits.tsv}), {@code N.provenance.tsv},
 * {@code N.capture-report.txt}.
 */
final class CaptureFiles {
    /** The snapshot's file, after the snapshot name. */
    static final String SNAPSHOT = ".json";
    /** The {@code $metadata} file, after the snapshot name. */
    static final String METADATA = ".metadata.xml";

    private CaptureFiles() {
    }

    static List<Path> write(Path folder, CaptureResult result) {
        String name = result.snapshot().header().name();
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(folder.resolve(name + SNAPSHOT), SnapshotWriter.toJson(result.snapshot()));
        files.put(folder.resolve(name + METADATA), result.download().metadataXml());
        files.put(folder.resolve(name + ".psm1"), result.download().moduleText());
        files.put(folder.resolve(name + ".traits.tsv"), traits(result.traits()));
        files.put(folder.resolve(name + ".provenance.tsv"), provenance(result.provenance()));
        files.put(folder.resolve(name + ".capture-report.txt"), result.report().toText());
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((file, text) -> bytes.put(file, text.getBytes(StandardCharsets.UTF_8)));
        try {
            AtomicFiles.writeAll(bytes); // the six files belong together: a failure replaces none of them
        } catch (IOException e) {
            Path inTheWay = files.keySet().stream().filter(Files::isDirectory).findFirst().orElse(null);
            // a folder where a file goes fails the same way on every run: say which, not "run it again"
            String fix = inTheWay != null ? "Fix: move or rename the folder " + inTheWay + ", or capture with another"
                    + " name or output folder; the capture itself succeeded."
                    : "Check that the folder is writable; the capture itself succeeded, run it again.";
            throw new CaptureException(Kind.OUTPUT, "Cannot write the capture's files into " + folder + ": "
                    + e.getMessage() + ". No file was replaced. " + fix, e);
        }
        return new ArrayList<>(files.keySet());
    }

    private static String traits(Map<String, CapturedTraits> traits) {
        StringBuilder out = new StringBuilder("# Per-cmdlet traits read from a captured module text. Columns as in "
                + "module-traits.tsv; httpTimeoutSeconds = the module's per-cmdlet timeout table entry, empty = its default.\n");
        out.append("cmdlet\tsupportsShouldProcess\tconfirmImpact\tbatchable\troutingParameter\troutingRule\t"
                + "httpTimeoutSeconds\n");
        traits.forEach((cmdlet, t) -> out.append(cmdlet).append('\t').append(t.supportsShouldProcess()).append('\t')
                .append(t.confirmImpact() == null ? "" : t.confirmImpact()).append('\t').append(t.batchable())
                .append('\t').append(t.routingParameter() == null ? "" : t.routingParameter()).append('\t')
                .append(t.routingRule() == null ? "" : t.routingRule().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'))
                .append('\t').append(t.tableTimeoutSeconds() == null ? "" : t.tableTimeoutSeconds()).append('\n'));
        return out.toString();
    }

    private static String provenance(List<Provenance> rows) {
        StringBuilder out = new StringBuilder("cmdlet\tparameter\tfact\tsource\n");
        rows.forEach(row -> out.append(row.line()).append('\n'));
        return out.toString();
    }
}
