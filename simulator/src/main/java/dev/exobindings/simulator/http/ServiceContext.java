package dev.exobindings.simulator.http;

import dev.exobindings.simulator.SimulatorCounters;
import dev.exobindings.simulator.tenant.Tenant;

import java.util.function.Supplier;

/**
 * What the endpoints share.
 *
 * @param tenant      the tenant
 * @param pipeline    runs InvokeCommand calls with their faults
 * @param auth        token check
 * @param concurrency per-tenant in-flight limit
 * @param counters    counters
 * @param moduleFile  the EXOModuleFile psm1 text (built once, lazily)
 */
public record ServiceContext(Tenant tenant, InvokePipeline pipeline, AuthGate auth, ConcurrencyGate concurrency,
                             SimulatorCounters counters, Supplier<String> moduleFile) {
}
