package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.RecipientFilter;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.tenant.MailboxKind;
import dev.exobindings.simulator.tenant.MailboxStore;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The mailbox selection the Get-* mailbox cmdlets share: Identity, Anr, RecipientTypeDetails and Filter, producing
 * rows through a view (Get-Mailbox, Get-CASMailbox, Get-User…). Without Anr/Filter the rows are generated only for
 * the page asked for.
 */
final class MailboxQuery {
    private static final List<String> ANR_PROPERTIES = List.of("DisplayName", "Alias", "Name", "FirstName",
            "LastName", "PrimarySmtpAddress");

    private MailboxQuery() {
    }

    /** The matching mailboxes as rows of the given view; an unknown Identity is a 404. */
    static Rows select(BoundCall call, UnaryOperator<Map<String, Object>> view) {
        MailboxStore store = call.tenant().mailboxes();
        if (call.has("Identity")) {
            int index = Lookups.mailbox(call, call.required("Identity"));
            return Rows.of(List.of(view.apply(store.state(index))));
        }
        Set<String> kinds = call.strings("RecipientTypeDetails").stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Predicate<Map<String, Object>> rowTest = rowPredicate(call, store, view);
        if (kinds.isEmpty() && rowTest == null) {
            return Rows.of(store.count(), i -> view.apply(store.state(i)));
        }
        int[] matches = new int[Math.min(store.count(), 1024)];
        int size = 0;
        for (int i = 0; i < store.count(); i++) {
            MailboxKind kind = store.kind(i);
            if (!kinds.isEmpty() && !kinds.contains(kind.recipientTypeDetails().toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (rowTest != null && !rowTest.test(view.apply(store.state(i)))) {
                continue;
            }
            if (size == matches.length) {
                matches = Arrays.copyOf(matches, size * 2);
            }
            matches[size++] = i;
        }
        int[] found = matches;
        return Rows.of(size, n -> view.apply(store.state(found[n])));
    }

    private static Predicate<Map<String, Object>> rowPredicate(BoundCall call, MailboxStore store,
                                                               UnaryOperator<Map<String, Object>> view) {
        Predicate<Map<String, Object>> test = null;
        if (call.has("Filter")) {
            Set<String> known = store.count() == 0 ? Set.of() : view.apply(store.state(0)).keySet().stream()
                    .map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            test = RecipientFilter.parse(call.required("Filter"), known);
        }
        if (call.has("Anr")) {
            String prefix = call.required("Anr").toLowerCase(Locale.ROOT);
            Predicate<Map<String, Object>> anr = row -> ANR_PROPERTIES.stream()
                    .map(row::get).filter(v -> v != null)
                    .anyMatch(v -> v.toString().toLowerCase(Locale.ROOT).startsWith(prefix));
            test = test == null ? anr : test.and(anr);
        }
        return test;
    }
}
