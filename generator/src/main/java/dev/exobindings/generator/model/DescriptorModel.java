package dev.exobindings.generator.model;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.CmdletTraits;
import dev.exobindings.metadata.model.ConfirmImpact;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.RoutingHint;

/**
 * What the generated {@code DESCRIPTOR} of a cmdlet class says: the snapshot's traits, and the meaning of the
 * parameters the runtime acts on, so the runtime never finds either again by name.
 *
 * @param traitsKnown           whether the snapshot has the cmdlet's module traits
 * @param supportsShouldProcess whether the cmdlet supports -Confirm/-WhatIf
 * @param confirmImpact         the effective impact when traits are known and ShouldProcess is supported, else
 *                              {@code null}
 * @param batchable             whether the module batches the cmdlet ({@code true} when unknown)
 * @param routing               the routing-hint parameter and rule, or {@code null}
 * @param routingOptIn          the proxy's client-side switch asking for parameter-based routing on one call
 *                              ({@value #ROUTING_OPT_IN}), or {@code null} when the cmdlet has no such parameter
 * @param httpTimeoutSeconds    the module's HTTP timeout for the cmdlet (the module default when unknown)
 */
public record DescriptorModel(boolean traitsKnown, boolean supportsShouldProcess, ConfirmImpact confirmImpact,
                             boolean batchable, RoutingHint routing, String routingOptIn, int httpTimeoutSeconds) {
    /** The switch every routing proxy of the module declares; a client-side switch the module never sends. */
    public static final String ROUTING_OPT_IN = "UseCustomRouting";

    /**
     * The descriptor of {@code cmdlet}; {@code shouldProcess} is the model's decision (the traits' when known).
     */
    static DescriptorModel of(Cmdlet cmdlet, boolean shouldProcess) {
        CmdletTraits traits = cmdlet.traits();
        if (traits == null) {
            return new DescriptorModel(false, shouldProcess, null, true, null, null,
                    CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS);
        }
        RoutingHint routing = traits.routing();
        String optIn = routing == null ? null : cmdlet.parameter(ROUTING_OPT_IN).filter(Parameter::isSwitch)
                .map(Parameter::name).orElse(null);
        return new DescriptorModel(true, traits.supportsShouldProcess(),
                traits.supportsShouldProcess() ? traits.effectiveConfirmImpact() : null, traits.batchable(), routing,
                optIn, traits.httpTimeoutSeconds());
    }
}
