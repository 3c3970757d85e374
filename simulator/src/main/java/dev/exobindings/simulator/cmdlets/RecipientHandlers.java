package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.RecipientFilter;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.tenant.DistributionGroup;
import dev.exobindings.simulator.tenant.MailboxViews;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Get-Recipient (mailboxes then groups) and Get-AcceptedDomain. */
final class RecipientHandlers {

    private RecipientHandlers() {
    }

    static CmdletResult getRecipient(BoundCall call) {
        if (call.has("Identity")) {
            String identity = call.required("Identity");
            var group = call.tenant().groups().find(identity);
            if (group.isPresent()) {
                return CmdletResult.rows(Rows.of(List.of(groupRecipient(group.get()))));
            }
        }
        Rows mailboxes = MailboxQuery.select(call, MailboxViews::recipient);
        if (call.has("Identity")) {
            return CmdletResult.rows(mailboxes);
        }
        List<Map<String, Object>> groups = matchingGroups(call);
        return CmdletResult.rows(Rows.of(mailboxes.size() + groups.size(),
                i -> i < mailboxes.size() ? mailboxes.row(i) : groups.get(i - mailboxes.size())));
    }

    static CmdletResult getAcceptedDomain(BoundCall call) {
        List<Map<String, Object>> rows = call.tenant().acceptedDomains();
        if (call.has("Identity")) {
            String identity = call.required("Identity");
            rows = rows.stream().filter(r -> r.get("Name").toString().equalsIgnoreCase(identity)).toList();
            if (rows.isEmpty()) {
                Lookups.group(call, identity); // throws the 404 for the identity
            }
        }
        return CmdletResult.rows(Rows.of(rows));
    }

    private static List<Map<String, Object>> matchingGroups(BoundCall call) {
        Set<String> kinds = call.strings("RecipientTypeDetails").stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Map<String, Object>> rows = new ArrayList<>();
        List<DistributionGroup> groups = call.tenant().groups().all();
        if (groups.isEmpty()) {
            return rows;
        }
        Predicate<Map<String, Object>> filter = call.has("Filter")
                ? RecipientFilter.parse(call.required("Filter"), groupRecipient(groups.get(0)).keySet().stream()
                .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                : row -> true;
        String anr = call.string("Anr").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null);
        for (DistributionGroup group : groups) {
            Map<String, Object> row = groupRecipient(group);
            boolean kindOk = kinds.isEmpty() || kinds.contains("mailuniversaldistributiongroup");
            boolean anrOk = anr == null || group.name().toLowerCase(Locale.ROOT).startsWith(anr)
                    || group.displayName().toLowerCase(Locale.ROOT).startsWith(anr);
            if (kindOk && anrOk && filter.test(row)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<String, Object> groupRecipient(DistributionGroup group) {
        Map<String, Object> full = group.row();
        Map<String, Object> row = new java.util.LinkedHashMap<>();
        for (String key : List.of("Name", "Identity", "DisplayName", "PrimarySmtpAddress", "Guid", "Alias",
                "RecipientType", "RecipientTypeDetails", "EmailAddresses", "WhenCreated")) {
            row.put(key, full.get(key));
        }
        return row;
    }
}
