package dev.exobindings.runtime.cloud;

/**
 * Which admin service a client talks to. Both speak the same {@code InvokeCommand} protocol; they differ in host,
 * token scope, anchor form and in how the host is found (protocol reference §(a) "Regional redirect").
 */
public enum Service {
    /** Exchange Online: a fixed REST host per cloud ({@link Cloud#restBase()}). */
    EXCHANGE_ONLINE,
    /**
     * Security &amp; Compliance (the module's {@code Connect-IPPSSession}): the regional host is discovered once
     * through the front door's redirect, then pinned; see {@link ComplianceCloud}.
     */
    SECURITY_COMPLIANCE;

    /** The OAuth scope of this service in {@code cloud}. */
    public String scope(Cloud cloud) {
        return this == EXCHANGE_ONLINE ? cloud.scope() : ComplianceCloud.of(cloud).scope();
    }
}
