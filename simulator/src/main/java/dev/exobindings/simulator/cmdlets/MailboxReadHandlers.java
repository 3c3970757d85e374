package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.tenant.MailboxViews;

import java.util.List;

/** Get-Mailbox, Get-CASMailbox, Get-User and Get-MailboxStatistics: views over the mailbox selection. */
final class MailboxReadHandlers {

    private MailboxReadHandlers() {
    }

    static CmdletResult getMailbox(BoundCall call) {
        return CmdletResult.rows(MailboxQuery.select(call, MailboxViews::mailbox));
    }

    static CmdletResult getCasMailbox(BoundCall call) {
        var store = call.tenant().mailboxes();
        return CmdletResult.rows(MailboxQuery.select(call, state -> MailboxViews.cas(state,
                store.casOverrides(store.find(String.valueOf(state.get("Guid"))).orElseThrow()))));
    }

    static CmdletResult getUser(BoundCall call) {
        return CmdletResult.rows(MailboxQuery.select(call, MailboxViews::user));
    }

    static CmdletResult getMailboxStatistics(BoundCall call) {
        var store = call.tenant().mailboxes();
        int index = Lookups.mailbox(call, call.required("Identity"));
        return CmdletResult.rows(Rows.of(List.of(MailboxViews.statistics(store.state(index), store.usage(index)))));
    }
}
