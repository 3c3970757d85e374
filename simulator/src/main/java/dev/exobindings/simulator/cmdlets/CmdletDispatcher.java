package dev.exobindings.simulator.cmdlets;

import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.simulator.SimulatorCounters;
import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.InvokeRequest;
import dev.exobindings.simulator.protocol.PageWriter;
import dev.exobindings.simulator.protocol.ResponseHeaders;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.protocol.SimResponse;
import dev.exobindings.simulator.protocol.SkipToken;
import dev.exobindings.simulator.tenant.Tenant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;


/**
 * Runs one InvokeCommand call: cmdlet lookup, role check, parameter binding, Confirm/WhatIf, the handler (under
 * the tenant lock), ResultSize and paging. Faults are decided before this is called, by the HTTP layer.
 */
public final class CmdletDispatcher {
    /** ResultSize when a cmdlet that has the parameter is called without it. */
    public static final long DEFAULT_RESULT_SIZE = 1000;

    /** The snapshot's cmdlets by lower-case name: one lookup per call instead of a scan of ~900 names. */
    private final Map<String, Cmdlet> cmdlets = new HashMap<>();
    private final Tenant tenant;
    private final SimulatorCounters counters;
    private final CmdletRegistry registry = CmdletRegistry.standard();

    public CmdletDispatcher(Snapshot snapshot, Tenant tenant, SimulatorCounters counters) {
        // a client-side cmdlet of the module (Get-EXOMailbox…) is not a cmdlet of the service's session
        snapshot.cmdlets().stream().filter(c -> ClientSideCmdlets.reason(c.name()).isEmpty())
                .forEach(c -> cmdlets.putIfAbsent(c.name().toLowerCase(Locale.ROOT), c));
        this.tenant = tenant;
        this.counters = counters;
    }

    /**
     * Runs the call for a caller with {@code role} and returns its response (success or the service's error). A
     * cmdlet of the snapshot outside the role is refused before anything is bound or run.
     */
    public SimResponse invoke(InvokeRequest request, CallerRole role) {
        SimResponse response;
        try {
            response = run(request, role);
        } catch (ServiceError e) {
            response = e.response();
        }
        counters.recordInvocation(response.status());
        return response;
    }

    private SimResponse run(InvokeRequest request, CallerRole role) {
        int offset = continuationOffset(request);
        Cmdlet cmdlet = cmdlets.get(request.cmdletName().toLowerCase(Locale.ROOT));
        if (cmdlet == null) {
            throw new ServiceError(ErrorBodies.parameterBinding("CommandNotFoundException", "The term '"
                    + request.cmdletName() + "' is not recognized as a name of a cmdlet available in this session."));
        }
        if (!role.allows(cmdlet.name())) {
            throw new ServiceError(ErrorBodies.forbidden(cmdlet.name()));
        }
        if (offset > 0 && !cmdlet.verb().equalsIgnoreCase("Get")) {
            throw new ServiceError(ErrorBodies.badRequest("Only Get cmdlets page; " + cmdlet.name()
                    + " cannot be continued with a skip token."));
        }
        BoundCall call = ParameterBinder.bind(cmdlet, request.parameters(), tenant);
        CmdletResult result;
        if (call.confirm() || call.whatIf()) {
            result = CmdletResult.confirmation((call.whatIf() ? "What if: " : "")
                    + "Performing the operation \"" + cmdlet.name() + "\" on target \""
                    + call.string("Identity").orElse(call.string("Name").orElse("")) + "\".");
        } else {
            synchronized (tenant.lock()) {
                result = registry.handler(cmdlet.name()).handle(call);
            }
            counters.recordApplied(cmdlet.name(), result.mutatedIdentities());
        }
        PageWriter.Page page = PageWriter.write(request, result, resultSize(cmdlet, call), offset);
        if (page.nextLink()) {
            counters.recordEvent("nextlink");
        }
        return SimResponse.json(200, ResponseHeaders.success(), page.body());
    }

    private int continuationOffset(InvokeRequest request) {
        if (request.skipToken() == null) {
            return 0;
        }
        counters.recordEvent("continuation");
        SkipToken token = SkipToken.decode(request.skipToken()).orElseThrow(() -> new ServiceError(
                ErrorBodies.badRequest("The $skiptoken is not one this service issued; follow @odata.nextLink as"
                        + " given.")));
        if (!token.bodyFingerprint().equals(request.bodyFingerprint())) {
            throw new ServiceError(ErrorBodies.badRequest("The nextLink must be POSTed with the same body as the"
                    + " first page; the CmdletInput differs."));
        }
        return token.offset();
    }

    private static Long resultSize(Cmdlet cmdlet, BoundCall call) {
        if (cmdlet.parameter("ResultSize").isEmpty()) {
            return null;
        }
        String value = call.string("ResultSize").orElse(null);
        if (value == null) {
            return DEFAULT_RESULT_SIZE;
        }
        if (value.equalsIgnoreCase("Unlimited")) {
            return null;
        }
        try {
            long size = Long.parseLong(value.trim());
            if (size >= 0) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ServiceError(ErrorBodies.parameterBinding("ParameterArgumentTransformationError",
                "Cannot process argument transformation on parameter 'ResultSize'. Cannot convert value \""
                        + value + "\" to type \"Unlimited\"; use a non-negative number or \"Unlimited\"."));
    }
}
