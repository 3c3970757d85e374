package dev.exobindings.simulator.tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The tenant's mailboxes: seeded rows generated on demand, plus the changed ones kept as overrides. Memory grows
 * with the number of changed mailboxes, not with the tenant size.
 */
public final class MailboxStore {
    private static final List<String> IDENTITY_PROPERTIES = List.of("Name", "Alias", "UserPrincipalName",
            "PrimarySmtpAddress", "DistinguishedName", "ExchangeGuid", "Guid", "ExternalDirectoryObjectId");

    private final int count;
    private final MailboxFactory factory;
    private final Identities identities;
    private final Map<Integer, Map<String, Object>> overrides = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, Object>> casOverrides = new ConcurrentHashMap<>();
    private final Map<String, Integer> changedKeys = new ConcurrentHashMap<>();

    MailboxStore(int count, MailboxFactory factory, Identities identities) {
        this.count = count;
        this.factory = factory;
        this.identities = identities;
    }

    /** Number of mailboxes. */
    public int count() {
        return count;
    }

    /** The full state of mailbox {@code index} (a fresh mutable copy; changing it changes nothing). */
    public Map<String, Object> state(int index) {
        Map<String, Object> changed = overrides.get(index);
        return changed != null ? deepCopy(changed) : factory.mailbox(index);
    }

    /** The seeded kind of mailbox {@code index} (RecipientTypeDetails never changes here). */
    public MailboxKind kind(int index) {
        return factory.kind(index);
    }

    /** CAS settings changed for mailbox {@code index} (empty when none). */
    public Map<String, Object> casOverrides(int index) {
        return Map.copyOf(casOverrides.getOrDefault(index, Map.of()));
    }

    /** Seeded usage: item count, bytes, deleted items, minutes since last logon. */
    public long[] usage(int index) {
        return factory.usage(index);
    }

    /** Applies a change to mailbox {@code index} and re-indexes its names and addresses. */
    public void update(int index, Consumer<Map<String, Object>> change) {
        Map<String, Object> state = state(index);
        change.accept(state);
        overrides.put(index, state);
        keysOf(state).forEach(key -> changedKeys.put(key, index));
    }

    /** Applies a change to the CAS settings of mailbox {@code index}. */
    public void updateCas(int index, Map<String, Object> changes) {
        casOverrides.compute(index, (i, old) -> {
            Map<String, Object> merged = new LinkedHashMap<>(old == null ? Map.of() : old);
            merged.putAll(changes);
            return merged;
        });
    }

    /**
     * Resolves an identity as Get-Mailbox does: name, alias, UPN, any SMTP address, distinguished name, or one of
     * the GUIDs.
     */
    public OptionalInt find(String identity) {
        String key = identity.trim().toLowerCase(Locale.ROOT);
        OptionalInt byGuid = byGuid(key);
        if (byGuid.isPresent()) {
            return byGuid;
        }
        if (key.startsWith("smtp:")) {
            key = key.substring(5);
        }
        Integer changed = changedKeys.get(key);
        if (changed != null && matches(changed, key)) {
            return OptionalInt.of(changed);
        }
        int candidate = trailingNumber(key.contains("@") ? key.substring(0, key.indexOf('@')) : leadingCn(key));
        if (candidate >= 0 && candidate < count && matches(candidate, key)) {
            return OptionalInt.of(candidate);
        }
        return OptionalInt.empty();
    }

    private OptionalInt byGuid(String key) {
        UUID guid;
        try {
            guid = UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            return OptionalInt.empty();
        }
        for (int kind : new int[] {MailboxFactory.GUID_EXCHANGE, MailboxFactory.GUID_OBJECT,
                MailboxFactory.GUID_DIRECTORY}) {
            OptionalInt index = identities.index(kind, guid, count);
            if (index.isPresent()) {
                return index;
            }
        }
        return OptionalInt.empty();
    }

    private boolean matches(int index, String key) {
        return keysOf(state(index)).contains(key);
    }

    private static List<String> keysOf(Map<String, Object> state) {
        List<String> keys = new ArrayList<>();
        for (String property : IDENTITY_PROPERTIES) {
            Object value = state.get(property);
            if (value != null) {
                keys.add(value.toString().toLowerCase(Locale.ROOT));
            }
        }
        if (state.get("EmailAddresses") instanceof Collection<?> addresses) {
            for (Object address : addresses) {
                String text = address.toString().toLowerCase(Locale.ROOT);
                keys.add(text.startsWith("smtp:") ? text.substring(5) : text);
            }
        }
        return keys;
    }

    private static String leadingCn(String key) {
        if (key.startsWith("cn=")) {
            int comma = key.indexOf(',');
            return comma < 0 ? key.substring(3) : key.substring(3, comma);
        }
        return key;
    }

    private static int trailingNumber(String text) {
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        if (start == end || end - start > 9) {
            return -1;
        }
        return Integer.parseInt(text.substring(start, end));
    }

    private static Map<String, Object> deepCopy(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>();
        row.forEach((k, v) -> copy.put(k, v instanceof Collection<?> c ? new ArrayList<>(c) : v));
        return copy;
    }
}
