package dev.exobindings.capture.merge;

import dev.exobindings.metadata.merge.MergeReport;

import java.util.List;

/**
 * What a capture found compared with the docs: the merge report (service vs docs, every conflict) plus the cmdlets
 * the docs list that this caller's module does not carry. The module is trimmed to the caller's roles, so those are
 * not necessarily gone from the service.
 *
 * @param origin             where and when the module was captured (tenant, host, date)
 * @param merge              the merge of the capture (catalog side) with the docs
 * @param absentFromCapture  docs cmdlets the captured module lacks (RBAC-trimmed or removed)
 * @param clientSide         the module's client-side cmdlets ({@code Connect-ExchangeOnline}…), never in its text,
 *                           kept from the docs snapshot
 * @param typesFromDocsSnapshot one line per parameter the module text leaves untyped whose type was kept from the
 *                              docs snapshot's catalog
 */
public record CaptureReport(String origin, MergeReport merge, List<String> absentFromCapture,
                            List<String> clientSide, List<String> typesFromDocsSnapshot) {
    public CaptureReport {
        absentFromCapture = List.copyOf(absentFromCapture);
        clientSide = List.copyOf(clientSide);
        typesFromDocsSnapshot = List.copyOf(typesFromDocsSnapshot);
    }

    /** Plain text, LF line ends. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Capture report: ").append(origin).append('\n');
        out.append("In the merge report below, \"catalog\" is this capture (the service's own module text).\n");
        out.append("The module text is trimmed to the caller's roles (RBAC): the ").append(absentFromCapture.size())
                .append(" docs cmdlets absent from it are left out of the snapshot; another role may see them.\n\n");
        out.append("Service has, docs lack: ").append(merge.onlyInCatalog().size()).append(" cmdlets\n");
        out.append("Docs have, service (for this role) lacks: ").append(absentFromCapture.size()).append(" cmdlets\n\n");
        out.append(merge.toText());
        out.append("\nDocs cmdlets absent from the capture (RBAC-trimmed or removed) (")
                .append(absentFromCapture.size()).append("):\n");
        absentFromCapture.forEach(name -> out.append("  ").append(name).append('\n'));
        out.append("\nClient-side cmdlets of the module, never in its text, kept from the docs snapshot (")
                .append(clientSide.size()).append("):\n");
        clientSide.forEach(name -> out.append("  ").append(name).append('\n'));
        if (!typesFromDocsSnapshot.isEmpty()) {
            out.append("\nTypes the module text leaves out, kept from the docs snapshot's catalog (")
                    .append(typesFromDocsSnapshot.size()).append("):\n");
            typesFromDocsSnapshot.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }
}
