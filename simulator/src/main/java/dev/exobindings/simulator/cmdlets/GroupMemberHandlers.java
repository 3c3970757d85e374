package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.DistributionGroup;
import dev.exobindings.simulator.tenant.MailboxViews;

import java.util.ArrayList;
import java.util.List;

/** Add-, Remove- and Get-DistributionGroupMember. */
final class GroupMemberHandlers {

    private GroupMemberHandlers() {
    }

    static CmdletResult add(BoundCall call) {
        DistributionGroup group = Lookups.group(call, call.required("Identity"));
        int member = Lookups.mailbox(call, call.required("Member"));
        if (group.members().contains(member)) {
            throw new ServiceError(ErrorBodies.invalidArgument(call.required("Member"), "The recipient \""
                    + Lookups.name(call, member) + "\" is already a member of the group \"" + group.name() + "\"."));
        }
        List<Integer> members = new ArrayList<>(group.members());
        members.add(member);
        call.tenant().groups().put(group.withMembers(members));
        return CmdletResult.mutated(Rows.none(), List.of(group.name()));
    }

    static CmdletResult remove(BoundCall call) {
        DistributionGroup group = Lookups.group(call, call.required("Identity"));
        int member = Lookups.mailbox(call, call.required("Member"));
        if (!group.members().contains(member)) {
            throw new ServiceError(ErrorBodies.invalidArgument(call.required("Member"), "The recipient \""
                    + Lookups.name(call, member) + "\" isn't a member of the group \"" + group.name() + "\"."));
        }
        List<Integer> members = new ArrayList<>(group.members());
        members.remove(Integer.valueOf(member));
        call.tenant().groups().put(group.withMembers(members));
        return CmdletResult.mutated(Rows.none(), List.of(group.name()));
    }

    static CmdletResult get(BoundCall call) {
        DistributionGroup group = Lookups.group(call, call.required("Identity"));
        var store = call.tenant().mailboxes();
        List<Integer> members = group.members();
        return CmdletResult.rows(Rows.of(members.size(), i -> MailboxViews.recipient(store.state(members.get(i)))));
    }
}
