package dev.exobindings.metadata.tools;

import dev.exobindings.metadata.docs.DocsCounts;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.merge.MergeReport;
import dev.exobindings.metadata.model.Snapshot;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Both bundled snapshots and their merge reports, built in memory from the shared inputs.
 *
 * @param exchangeOnline           the Exchange Online snapshot (catalog ∪ docs)
 * @param exchangeOnlineReport     its merge report
 * @param securityCompliance       the Security &amp; Compliance snapshot (docs only)
 * @param securityComplianceReport its merge report
 * @param docsCounts               what the docs importer read
 * @param catalogCmdlets           cmdlets in the module catalog
 * @param docsWarningSummary       one line counting the docs importer's warnings by kind (each is listed in the
 *                                 merge reports)
 */
public record AssembledSnapshots(Snapshot exchangeOnline, MergeReport exchangeOnlineReport,
                                 Snapshot securityCompliance, MergeReport securityComplianceReport,
                                 DocsCounts docsCounts, int catalogCmdlets, String docsWarningSummary) {

    /** File name → exact file content, in the order they are written. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(exchangeOnline.header().name() + ".json", SnapshotWriter.toJson(exchangeOnline));
        files.put(exchangeOnline.header().name() + ".merge-report.txt", exchangeOnlineReport.toText());
        files.put(securityCompliance.header().name() + ".json", SnapshotWriter.toJson(securityCompliance));
        files.put(securityCompliance.header().name() + ".merge-report.txt", securityComplianceReport.toText());
        return files;
    }
}
