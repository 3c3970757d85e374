package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.ComplianceStore;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Security &amp; Compliance cmdlets with real semantics: Get-/New-/Remove-ComplianceSearch,
 * Get-DlpCompliancePolicy, Get-RetentionCompliancePolicy, Get-Label.
 */
final class ComplianceHandlers {

    private ComplianceHandlers() {
    }

    static CmdletResult getSearch(BoundCall call) {
        ComplianceStore store = call.tenant().compliance();
        if (call.has("Identity")) {
            return one(store.search(call.required("Identity")).orElseThrow(() -> notFound(call)));
        }
        String caseName = call.string("Case").orElse(null);
        return CmdletResult.rows(Rows.of(store.searches().stream()
                .filter(r -> caseName == null || caseName.equalsIgnoreCase(String.valueOf(r.get("Case"))))
                .toList()));
    }

    static CmdletResult newSearch(BoundCall call) {
        ComplianceStore store = call.tenant().compliance();
        String name = call.required("Name");
        if (store.search(name).isPresent()) {
            throw new ServiceError(ErrorBodies.alreadyExists(name));
        }
        List<String> locations = call.strings("ExchangeLocation");
        Map<String, Object> row = store.create(name, call.string("ContentMatchQuery").orElse(""), locations,
                call.string("Description").orElse(""));
        return CmdletResult.mutated(Rows.of(List.of(row)), List.of(name));
    }

    static CmdletResult removeSearch(BoundCall call) {
        ComplianceStore store = call.tenant().compliance();
        Map<String, Object> row = store.search(call.required("Identity")).orElseThrow(() -> notFound(call));
        String name = String.valueOf(row.get("Name"));
        store.remove(name);
        return CmdletResult.mutated(Rows.none(), List.of(name));
    }

    static CmdletResult getDlpPolicy(BoundCall call) {
        return list(call, ComplianceStore::dlpPolicies);
    }

    static CmdletResult getRetentionPolicy(BoundCall call) {
        return list(call, ComplianceStore::retentionPolicies);
    }

    static CmdletResult getLabel(BoundCall call) {
        return list(call, ComplianceStore::labels);
    }

    /** All rows, or the one {@code Identity} names (404 when none). */
    private static CmdletResult list(BoundCall call, Function<ComplianceStore, List<Map<String, Object>>> rows) {
        List<Map<String, Object>> all = rows.apply(call.tenant().compliance());
        if (call.has("Identity")) {
            return one(ComplianceStore.find(all, call.required("Identity")).orElseThrow(() -> notFound(call)));
        }
        return CmdletResult.rows(Rows.of(all));
    }

    private static CmdletResult one(Map<String, Object> row) {
        return CmdletResult.rows(Rows.of(List.of(row)));
    }

    private static ServiceError notFound(BoundCall call) {
        return new ServiceError(ErrorBodies.notFound(call.required("Identity")));
    }
}
