package dev.exobindings.capture;

import dev.exobindings.capture.client.ServiceDownload;
import dev.exobindings.capture.merge.CaptureReport;
import dev.exobindings.capture.merge.CapturedTraits;
import dev.exobindings.capture.merge.Provenance;
import dev.exobindings.capture.psm1.ModuleText;
import dev.exobindings.metadata.model.Snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A finished capture.
 *
 * @param snapshot   the captured snapshot, merged with the docs facts
 * @param module     the parsed module text (proxies, constants, public key)
 * @param traits     per cmdlet (case-insensitive) the traits the module states
 * @param report     what the service has that the docs lack and the reverse, conflicts, RBAC note
 * @param provenance where every fact came from
 * @param download   what the service answered (module text and {@code $metadata})
 * @param written    the files written, empty when no output folder was given
 */
public record CaptureResult(Snapshot snapshot, ModuleText module, Map<String, CapturedTraits> traits,
                            CaptureReport report, List<Provenance> provenance, ServiceDownload download,
                            List<Path> written) {
    public CaptureResult {
        provenance = List.copyOf(provenance);
        written = List.copyOf(written);
    }

    /** The snapshot file written; empty when no output folder was given. */
    public Optional<Path> snapshotFile() {
        return writtenEndingIn(CaptureFiles.SNAPSHOT);
    }

    /** The {@code $metadata} file written (for generate's {@code --csdl}); empty when no output folder was given. */
    public Optional<Path> metadataFile() {
        return writtenEndingIn(CaptureFiles.METADATA);
    }

    private Optional<Path> writtenEndingIn(String suffix) {
        return written.stream().filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
    }

    /**
     * One line for a log: the cmdlets the module text carried, those the docs lack, the docs cmdlets it lacks, and
     * the client-side cmdlets kept from the docs, e.g. {@code 858 cmdlets (163 not in the docs, 0 docs cmdlets
     * absent: RBAC-trimmed or removed; 35 client-side cmdlets kept from the docs)}.
     */
    public String summary() {
        return (snapshot.cmdlets().size() - report.clientSide().size()) + " cmdlets ("
                + report.merge().onlyInCatalog().size() + " not in the docs, " + report.absentFromCapture().size()
                + " docs cmdlets absent: RBAC-trimmed or removed; " + report.clientSide().size()
                + " client-side cmdlets kept from the docs)";
    }

    @Override
    public String toString() {
        return "CaptureResult[" + snapshot.header().name() + ", " + snapshot.cmdlets().size() + " cmdlets, "
                + written.size() + " files written]";
    }
}
