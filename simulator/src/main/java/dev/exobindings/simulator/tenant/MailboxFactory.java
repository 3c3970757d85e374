package dev.exobindings.simulator.tenant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the seeded state of mailbox {@code i} on demand: the same seed and index always give the same
 * properties, so 100 000 mailboxes cost no memory until one is changed. The alias ends with the index, which
 * makes name/alias/address lookups O(1) without a table.
 */
final class MailboxFactory {
    static final int GUID_EXCHANGE = 1;
    static final int GUID_OBJECT = 2;
    static final int GUID_DIRECTORY = 3;
    private static final long GB = 1L << 30;
    private static final Instant EPOCH = Instant.parse("2019-01-07T08:00:00Z");

    private final long seed;
    private final TenantDomains domains;
    private final Identities identities;

    MailboxFactory(long seed, TenantDomains domains, Identities identities) {
        this.seed = seed;
        this.domains = domains;
        this.identities = identities;
    }

    /** The seeded kind of mailbox {@code index}. */
    MailboxKind kind(int index) {
        int roll = random(index).nextInt(100);
        return roll < 84 ? MailboxKind.USER : roll < 92 ? MailboxKind.SHARED : roll < 97 ? MailboxKind.ROOM
                : MailboxKind.EQUIPMENT;
    }

    /** The seeded Get-Mailbox row of mailbox {@code index}. */
    Map<String, Object> mailbox(int index) {
        SplittableRandom random = random(index);
        MailboxKind kind = kind(index);
        random.nextInt(100);
        String first = Names.FIRST.get(random.nextInt(Names.FIRST.size()));
        String last = Names.LAST.get(random.nextInt(Names.LAST.size()));
        String department = Names.DEPARTMENTS.get(random.nextInt(Names.DEPARTMENTS.size()));
        String alias = switch (kind) {
            case USER -> Names.ascii(first) + "." + Names.ascii(last) + index;
            case SHARED -> Names.ascii(department) + "-shared" + index;
            case ROOM -> "room" + index;
            case EQUIPMENT -> "equipment" + index;
        };
        String displayName = switch (kind) {
            case USER -> first + " " + last;
            case SHARED -> department + " Shared " + index;
            case ROOM -> "Conference Room " + index;
            case EQUIPMENT -> "Projector " + index;
        };
        String primary = alias + "@" + domains.defaultDomain();
        long quota = kind == MailboxKind.USER ? 100 * GB : 50 * GB;
        Instant created = EPOCH.plus(random.nextInt(6 * 365 * 24 * 60), ChronoUnit.MINUTES);

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Name", alias);
        row.put("Identity", alias);
        row.put("Id", alias);
        row.put("DisplayName", displayName);
        row.put("Alias", alias);
        row.put("UserPrincipalName", primary);
        row.put("PrimarySmtpAddress", primary);
        row.put("WindowsEmailAddress", primary);
        row.put("EmailAddresses", new ArrayList<>(List.of("SMTP:" + primary,
                "smtp:" + alias + "@" + domains.initialDomain())));
        row.put("RecipientType", "UserMailbox");
        row.put("RecipientTypeDetails", kind.recipientTypeDetails());
        row.put("ExchangeGuid", identities.guid(GUID_EXCHANGE, index).toString());
        row.put("Guid", identities.guid(GUID_OBJECT, index).toString());
        row.put("ExternalDirectoryObjectId", identities.guid(GUID_DIRECTORY, index).toString());
        row.put("DistinguishedName", "CN=" + alias + ",OU=" + domains.initialDomain()
                + ",OU=Microsoft Exchange Hosted Organizations,DC=SIMPR01A001,DC=PROD,DC=OUTLOOK,DC=COM");
        row.put("Office", kind == MailboxKind.USER ? Names.CITIES.get(random.nextInt(Names.CITIES.size())) : "");
        row.put("IssueWarningQuota", ByteSizes.format(quota - 2 * GB));
        row.put("ProhibitSendQuota", ByteSizes.format(quota - GB));
        row.put("ProhibitSendReceiveQuota", ByteSizes.format(quota));
        row.put("UseDatabaseQuotaDefaults", false);
        row.put("HiddenFromAddressListsEnabled", false);
        row.put("ForwardingSmtpAddress", null);
        row.put("DeliverToMailboxAndForward", false);
        row.put("LitigationHoldEnabled", random.nextInt(100) < 5);
        row.put("ArchiveStatus", random.nextInt(100) < 30 ? "Active" : "None");
        row.put("GrantSendOnBehalfTo", new ArrayList<String>());
        row.put("CustomAttribute1", "");
        row.put("IsMailboxEnabled", true);
        row.put("Database", "SIMPR01DG" + String.format("%03d", index % 200) + "-db" + String.format("%03d", index % 97));
        row.put("WhenCreated", created.toString());
        row.put("WhenCreatedUTC", created.toString());
        row.put("WhenChanged", created.plus(30, ChronoUnit.DAYS).toString());
        row.put("Department", kind == MailboxKind.USER ? department : "");
        row.put("FirstName", kind == MailboxKind.USER ? first : "");
        row.put("LastName", kind == MailboxKind.USER ? last : "");
        row.put("Title", kind == MailboxKind.USER ? Names.TITLES.get(random.nextInt(Names.TITLES.size())) : "");
        return row;
    }

    /** Seeded usage numbers for Get-MailboxStatistics. */
    long[] usage(int index) {
        SplittableRandom random = new SplittableRandom(seed ^ (0x5DEECE66DL * (index + 7L)));
        long items = random.nextLong(50, 120_000);
        long bytes = items * random.nextLong(20_000, 90_000);
        long deleted = random.nextLong(0, items / 10 + 1);
        long lastLogonMinutes = random.nextLong(0, 60 * 24 * 90);
        return new long[] {items, bytes, deleted, lastLogonMinutes};
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }
}
