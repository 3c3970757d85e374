package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.RecipientFilter;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.DistributionGroup;
import dev.exobindings.simulator.tenant.Tenant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** New-, Get- and Remove-DistributionGroup. */
final class DistributionGroupHandlers {

    private DistributionGroupHandlers() {
    }

    static CmdletResult newGroup(BoundCall call) {
        Tenant tenant = call.tenant();
        String name = call.required("Name");
        String alias = call.string("Alias").orElse(name.replaceAll("[^A-Za-z0-9._-]", ""));
        String address = call.string("PrimarySmtpAddress").orElse(alias + "@" + tenant.domains().defaultDomain());
        for (String taken : List.of(name, alias, address)) {
            if (tenant.groups().taken(taken) || tenant.mailboxes().find(taken).isPresent()) {
                throw new ServiceError(ErrorBodies.alreadyExists(taken));
            }
        }
        List<Integer> members = new ArrayList<>();
        for (String member : call.strings("Members")) {
            int index = Lookups.mailbox(call, member);
            if (!members.contains(index)) {
                members.add(index);
            }
        }
        List<String> owners = new ArrayList<>();
        for (String owner : call.strings("ManagedBy")) {
            owners.add(Lookups.name(call, Lookups.mailbox(call, owner)));
        }
        UUID guid = UUID.nameUUIDFromBytes((tenant.seed() + "/" + name.toLowerCase(Locale.ROOT)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        DistributionGroup group = new DistributionGroup(name, call.string("DisplayName").orElse(name), alias,
                address, guid.toString(), owners, members, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        tenant.groups().put(group);
        return CmdletResult.mutated(Rows.of(List.of(group.row())), List.of(name));
    }

    static CmdletResult getGroup(BoundCall call) {
        if (call.has("Identity")) {
            return CmdletResult.rows(Rows.of(List.of(Lookups.group(call, call.required("Identity")).row())));
        }
        List<DistributionGroup> groups = call.tenant().groups().all();
        Predicate<Map<String, Object>> test = row -> true;
        if (call.has("Filter") && !groups.isEmpty()) {
            test = RecipientFilter.parse(call.required("Filter"), groups.get(0).row().keySet().stream()
                    .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()));
        }
        String anr = call.string("Anr").map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        Predicate<Map<String, Object>> filter = test;
        return CmdletResult.rows(Rows.of(groups.stream().map(DistributionGroup::row).filter(filter)
                .filter(r -> r.get("Name").toString().toLowerCase(Locale.ROOT).startsWith(anr)
                        || r.get("DisplayName").toString().toLowerCase(Locale.ROOT).startsWith(anr))
                .toList()));
    }

    static CmdletResult removeGroup(BoundCall call) {
        DistributionGroup group = Lookups.group(call, call.required("Identity"));
        call.tenant().groups().remove(group);
        return CmdletResult.mutated(Rows.none(), List.of(group.name()));
    }
}
