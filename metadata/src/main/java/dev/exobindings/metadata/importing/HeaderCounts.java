package dev.exobindings.metadata.importing;

import dev.exobindings.metadata.merge.MergeReport;
import dev.exobindings.metadata.model.Cmdlet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The header counts every imported snapshot carries (the bundled ones too). */
public final class HeaderCounts {
    private HeaderCounts() {
    }

    /** Counts from a merge report and the final cmdlets (traits attached). */
    public static Map<String, Integer> of(MergeReport report, List<Cmdlet> cmdlets) {
        Map<String, Integer> counts = new TreeMap<>();
        counts.put("cmdlets", report.cmdlets());
        counts.put("parameters", report.parameters());
        counts.put("cmdletsInBothSources", report.inBothSources().size());
        counts.put("cmdletsOnlyInCatalog", report.onlyInCatalog().size());
        counts.put("cmdletsOnlyInDocs", report.onlyInDocs().size());
        counts.put("mergeConflicts", report.conflicts().size());
        counts.put("cmdletsWithTraits", (int) cmdlets.stream().filter(c -> c.traits() != null).count());
        return counts;
    }
}
