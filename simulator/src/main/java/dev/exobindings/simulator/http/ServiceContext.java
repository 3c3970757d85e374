package dev.exobindings.simulator.http;

import dev.exobindings.simulator.SimulatorCounters;
import dev.exobindings.simulator.tenant.Tenant;

/**
 * What the endpoints share.
 *
 * @param tenant      the tenant
 * @param pipeline    runs InvokeCommand calls with their faults
 * @param auth        token check
 * @param concurrency per-tenant in-flight limit
 * @param counters    counters
 * @param moduleFiles the EXOModuleFile module text per caller and the {@code $metadata} document
 * @param roles       the role of each caller, for the module text and for InvokeCommand alike
 */
public record ServiceContext(Tenant tenant, InvokePipeline pipeline, AuthGate auth, ConcurrencyGate concurrency,
                             SimulatorCounters counters, ModuleFiles moduleFiles, CallerRoles roles) {
}
