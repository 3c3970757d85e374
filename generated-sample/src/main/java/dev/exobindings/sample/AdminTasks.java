package dev.exobindings.sample;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.InvokeResult;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.exo.GetDistributionGroup;
import dev.exobindings.exo.GetDistributionGroupMember;
import dev.exobindings.exo.GetMailbox;
import dev.exobindings.exo.SetMailbox;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An administrator's everyday jobs, written only with generated classes and the runtime. */
final class AdminTasks {
    private final ExchangeClient exo;

    AdminTasks(ExchangeClient exo) {
        this.exo = exo;
    }

    /** Every mailbox, all pages, as records; only the record's columns travel ($select). */
    List<MailboxRow> listMailboxes() {
        try (Stream<MailboxRow> rows = exo.stream(GetMailbox.all().resultSize(ResultSize.unlimited()), MailboxRow.class)) {
            return rows.toList();
        }
    }

    /** Mailboxes per RecipientTypeDetails, sorted by type name. */
    static Map<String, Long> countByType(List<MailboxRow> mailboxes) {
        return mailboxes.stream().collect(Collectors.groupingBy(
                row -> String.valueOf(row.recipientTypeDetails()), TreeMap::new, Collectors.counting()));
    }

    /**
     * Adds the alias {@code smtp:<prefix>.<local part>@<domain>} to each mailbox, all in {@code $batch} calls.
     * Each item comes back as a success or a typed failure, in input order.
     */
    List<BatchItemResult> addAliases(List<MailboxRow> mailboxes, String prefix) {
        List<SetMailbox.IdentitySet> requests = new ArrayList<>();
        for (MailboxRow mailbox : mailboxes) {
            String upn = mailbox.userPrincipalName();
            requests.add(SetMailbox.identity(upn).emailAddresses(MultiValue.add("smtp:" + prefix + "." + upn)));
        }
        return exo.invokeAll(requests);
    }

    /** The members of the first distribution group, or an empty result when the tenant has none. */
    GroupMembers firstGroupMembers() {
        InvokeResult groups = exo.invoke(GetDistributionGroup.all().resultSize(ResultSize.of(1)));
        if (groups.rows().isEmpty()) {
            return new GroupMembers("(no distribution group)", List.of());
        }
        String group = groups.first().path("Name").asText();
        InvokeResult members = exo.invoke(GetDistributionGroupMember.identity(group).resultSize(ResultSize.unlimited()));
        List<String> names = members.rows().stream().map(row -> row.path("Name").asText()).toList();
        return new GroupMembers(group, names);
    }

    /** A group and the names of its members. */
    record GroupMembers(String group, List<String> members) {
    }
}
