package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;

/** Runs one cmdlet against the tenant. Runs while holding the tenant lock; throws ServiceError for errors. */
@FunctionalInterface
public interface CmdletHandler {

    /** Runs the call. */
    CmdletResult handle(BoundCall call);
}
