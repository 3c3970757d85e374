package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.Rows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Set-CASMailbox: protocol switches and policies; other accepted parameters are ignored. */
final class SetCasMailboxHandler {
    private static final List<String> FLAGS = List.of("ActiveSyncEnabled", "OWAEnabled", "OWAforDevicesEnabled",
            "ECPEnabled", "PopEnabled", "ImapEnabled", "MAPIEnabled", "EwsEnabled",
            "SmtpClientAuthenticationDisabled");
    private static final List<String> STRINGS = List.of("ActiveSyncMailboxPolicy", "OwaMailboxPolicy");

    private SetCasMailboxHandler() {
    }

    static CmdletResult handle(BoundCall call) {
        int index = Lookups.mailbox(call, call.required("Identity"));
        Map<String, Object> changes = new LinkedHashMap<>();
        FLAGS.forEach(p -> call.bool(p).ifPresent(v -> changes.put(p, v)));
        STRINGS.forEach(p -> call.string(p).ifPresent(v -> changes.put(p, v)));
        call.tenant().mailboxes().updateCas(index, changes);
        return CmdletResult.mutated(Rows.none(), List.of(Lookups.name(call, index)));
    }
}
