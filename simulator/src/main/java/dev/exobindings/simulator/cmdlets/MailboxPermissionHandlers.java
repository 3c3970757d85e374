package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.MailboxPermission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Get- and Add-MailboxPermission. Every mailbox has the SELF entry; explicit grants follow it. */
final class MailboxPermissionHandlers {
    private static final String SELF = "NT AUTHORITY\\SELF";

    private MailboxPermissionHandlers() {
    }

    static CmdletResult get(BoundCall call) {
        int index = Lookups.mailbox(call, call.required("Identity"));
        String name = Lookups.name(call, index);
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(new MailboxPermission(name, SELF, List.of("FullAccess", "ReadPermission"), false, false).row());
        call.tenant().grants(index).forEach(g -> rows.add(g.row()));
        if (call.has("User")) {
            String user = call.required("User");
            rows.removeIf(r -> !r.get("User").toString().equalsIgnoreCase(user)
                    && call.tenant().mailboxes().find(user).stream()
                    .noneMatch(u -> call.tenant().mailboxes().find(r.get("User").toString()).orElse(-1) == u));
        }
        return CmdletResult.rows(Rows.of(rows));
    }

    static CmdletResult add(BoundCall call) {
        int index = Lookups.mailbox(call, call.required("Identity"));
        String user = call.required("User");
        int trustee = Lookups.mailbox(call, user);
        List<String> rights = call.strings("AccessRights");
        if (rights.isEmpty()) {
            throw new ServiceError(ErrorBodies.invalidArgument("AccessRights",
                    "AccessRights must name at least one right, e.g. FullAccess."));
        }
        String upn = String.valueOf(call.tenant().mailboxes().state(trustee).get("UserPrincipalName"));
        MailboxPermission entry = call.tenant().grant(index, Lookups.name(call, index), upn, rights);
        return CmdletResult.mutated(Rows.of(List.of(entry.row())), List.of(Lookups.name(call, index)));
    }
}
