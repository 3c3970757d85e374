package dev.exobindings.simulator.tenant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows the Get-* cmdlets return, each a view of a mailbox's state. */
public final class MailboxViews {
    /** State kept on the mailbox that Get-Mailbox does not show (it belongs to Get-User). */
    private static final Set<String> USER_ONLY = Set.of("Department", "FirstName", "LastName", "Title");
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private MailboxViews() {
    }

    /** The Get-Mailbox row. */
    public static Map<String, Object> mailbox(Map<String, Object> state) {
        Map<String, Object> row = new LinkedHashMap<>(state);
        USER_ONLY.forEach(row::remove);
        return row;
    }

    /** The Get-CASMailbox row: identity columns plus protocol switches (seeded on, changed by Set-CASMailbox). */
    public static Map<String, Object> cas(Map<String, Object> state, Map<String, Object> changes) {
        Map<String, Object> row = identityColumns(state);
        row.put("EmailAddresses", state.get("EmailAddresses"));
        row.put("ActiveSyncEnabled", true);
        row.put("OWAEnabled", true);
        row.put("OWAforDevicesEnabled", true);
        row.put("ECPEnabled", true);
        row.put("PopEnabled", true);
        row.put("ImapEnabled", true);
        row.put("MAPIEnabled", true);
        row.put("EwsEnabled", true);
        row.put("SmtpClientAuthenticationDisabled", null);
        row.put("ActiveSyncMailboxPolicy", "Default");
        row.put("OwaMailboxPolicy", "OwaMailboxPolicy-Default");
        row.putAll(changes);
        return row;
    }

    /** The Get-User row. */
    public static Map<String, Object> user(Map<String, Object> state) {
        Map<String, Object> row = identityColumns(state);
        for (String key : List.of("FirstName", "LastName", "Department", "Title", "Office", "RecipientType",
                "RecipientTypeDetails", "ExternalDirectoryObjectId", "WindowsEmailAddress", "WhenCreated")) {
            row.put(key, state.get(key));
        }
        row.put("UserPrincipalName", state.get("UserPrincipalName"));
        return row;
    }

    /** The Get-Recipient row of a mailbox. */
    public static Map<String, Object> recipient(Map<String, Object> state) {
        Map<String, Object> row = identityColumns(state);
        for (String key : List.of("Alias", "RecipientType", "RecipientTypeDetails", "EmailAddresses",
                "ExternalDirectoryObjectId", "HiddenFromAddressListsEnabled", "WhenCreated")) {
            row.put(key, state.get(key));
        }
        return row;
    }

    /** The Get-MailboxStatistics row. */
    public static Map<String, Object> statistics(Map<String, Object> state, long[] usage) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("DisplayName", state.get("DisplayName"));
        row.put("Identity", state.get("ExchangeGuid"));
        row.put("MailboxGuid", state.get("ExchangeGuid"));
        row.put("MailboxTypeDetail", state.get("RecipientTypeDetails"));
        row.put("ItemCount", usage[0]);
        row.put("TotalItemSize", ByteSizes.format(usage[1]));
        row.put("DeletedItemCount", usage[2]);
        row.put("TotalDeletedItemSize", ByteSizes.format(usage[2] * 30_000));
        row.put("LastLogonTime", NOW.minus(usage[3], ChronoUnit.MINUTES).toString());
        row.put("StorageLimitStatus", "BelowLimit");
        row.put("Database", state.get("Database"));
        return row;
    }

    private static Map<String, Object> identityColumns(Map<String, Object> state) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (String key : List.of("Name", "Identity", "DisplayName", "PrimarySmtpAddress", "Guid")) {
            row.put(key, state.get(key));
        }
        return row;
    }
}
