package dev.exobindings.metadata.merge;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the merge had to decide: which cmdlets came from which source and every conflict, counted by kind.
 * Nothing is resolved silently; {@link #toText()} is the plain-text report written beside the snapshot.
 *
 * @param snapshotName      the snapshot the report belongs to
 * @param inBothSources     cmdlets found in the catalog and the docs
 * @param onlyInCatalog     cmdlets found only in the catalog
 * @param onlyInDocs        cmdlets found only in the docs
 * @param parameters        parameters in the merged cmdlets
 * @param conflicts         every conflict, in cmdlet order
 * @param notes             adjustments made by the importers (e.g. a catalog default set without parameters)
 */
public record MergeReport(String snapshotName, List<String> inBothSources, List<String> onlyInCatalog,
                          List<String> onlyInDocs, int parameters, List<Conflict> conflicts, List<String> notes) {
    public MergeReport {
        inBothSources = List.copyOf(inBothSources);
        onlyInCatalog = List.copyOf(onlyInCatalog);
        onlyInDocs = List.copyOf(onlyInDocs);
        conflicts = List.copyOf(conflicts);
        notes = List.copyOf(notes);
    }

    /** Number of merged cmdlets. */
    public int cmdlets() {
        return inBothSources.size() + onlyInCatalog.size() + onlyInDocs.size();
    }

    /** Conflicts per kind, every kind present (zero included), in {@link ConflictKind} order. */
    public Map<ConflictKind, Integer> countsByKind() {
        Map<ConflictKind, Integer> counts = new EnumMap<>(ConflictKind.class);
        for (ConflictKind kind : ConflictKind.values()) {
            counts.put(kind, 0);
        }
        conflicts.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    /** Conflicts of one kind. */
    public int count(ConflictKind kind) {
        return countsByKind().get(kind);
    }

    /** The report as plain text: LF line ends, trailing newline, deterministic. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Merge report for snapshot ").append(snapshotName).append('\n');
        out.append("Catalog decides: accepted parameters, set membership, mandatory, position, pipeline, ValidateSet,"
                + " default set.\nDocs decide: declared types, prose value lists, documentation URL, flags.\n\n");
        out.append("Cmdlets: ").append(cmdlets()).append(" (both sources ").append(inBothSources.size())
                .append(", catalog only ").append(onlyInCatalog.size()).append(", docs only ")
                .append(onlyInDocs.size()).append(")\n");
        out.append("Parameters: ").append(parameters).append("\n\n");
        out.append("Conflicts by kind:\n");
        countsByKind().forEach((kind, n) -> out.append(String.format("  %6d  %s", n, kind.label())).append('\n'));
        out.append(String.format("  %6d  total", conflicts.size())).append('\n');
        section(out, "Cmdlets only in the catalog", onlyInCatalog);
        section(out, "Cmdlets only in the docs", onlyInDocs);
        section(out, "Importer notes", notes);
        section(out, "Conflicts", conflicts.stream().map(Conflict::line).toList());
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append('\n').append(title).append(" (").append(lines.size()).append("):\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
    }
}
