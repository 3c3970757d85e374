package dev.exobindings.sample;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.sample.scc.GetComplianceSearch;
import dev.exobindings.sample.scc.GetDlpCompliancePolicy;
import java.util.List;
import java.util.stream.Stream;

/**
 * A compliance officer's reads, written only with the generated Security &amp; Compliance classes; the client finds
 * the tenant's regional host on the first call.
 */
final class ComplianceTasks {
    private final ExchangeClient scc;

    ComplianceTasks(ExchangeClient scc) {
        this.scc = scc;
    }

    /** Every compliance search, all pages. */
    List<ComplianceSearchRow> listSearches() {
        try (Stream<ComplianceSearchRow> rows = scc.stream(GetComplianceSearch.all().resultSize(ResultSize.unlimited()),
                ComplianceSearchRow.class)) {
            return rows.toList();
        }
    }

    /** Every DLP compliance policy. */
    List<DlpPolicyRow> listDlpPolicies() {
        try (Stream<DlpPolicyRow> rows = scc.stream(GetDlpCompliancePolicy.all(), DlpPolicyRow.class)) {
            return rows.toList();
        }
    }
}
