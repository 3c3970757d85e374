package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.DistributionGroup;

/** Identity resolution shared by handlers; an unknown identity is the service's 404. */
final class Lookups {

    private Lookups() {
    }

    /** The mailbox index an identity names. */
    static int mailbox(BoundCall call, String identity) {
        return call.tenant().mailboxes().find(identity)
                .orElseThrow(() -> new ServiceError(ErrorBodies.notFound(identity)));
    }

    /** The group an identity names. */
    static DistributionGroup group(BoundCall call, String identity) {
        return call.tenant().groups().find(identity)
                .orElseThrow(() -> new ServiceError(ErrorBodies.notFound(identity)));
    }

    /** The mailbox's name, used as its identity in rows and counters. */
    static String name(BoundCall call, int index) {
        return String.valueOf(call.tenant().mailboxes().state(index).get("Name"));
    }
}
