package dev.exobindings.simulator.http;

import dev.exobindings.simulator.SimulatorCounters;
import dev.exobindings.simulator.tenant.Tenant;

import java.util.function.Function;

/**
 * What the endpoints share.
 *
 * @param tenant      the tenant
 * @param pipeline    runs InvokeCommand calls with their faults
 * @param auth        token check
 * @param concurrency per-tenant in-flight limit
 * @param counters    counters
 * @param moduleFile  the EXOModuleFile psm1 text for a {@code CommandName} header value (null or {@code *} = all)
 */
public record ServiceContext(Tenant tenant, InvokePipeline pipeline, AuthGate auth, ConcurrencyGate concurrency,
                             SimulatorCounters counters, Function<String, String> moduleFile) {
}
