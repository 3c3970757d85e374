package dev.exobindings.simulator.tenant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory tenant: mailboxes (generated on demand), distribution groups, accepted domains and mailbox
 * permissions, all derived from one seed. The same seed, domain and size always give the same tenant.
 * Cmdlet handlers run while holding {@link #lock()}.
 */
public final class Tenant {
    private static final int GUID_GROUP = 5;
    private static final int GUID_TENANT = 6;

    private final long seed;
    private final TenantDomains domains;
    private final String tenantId;
    private final MailboxStore mailboxes;
    private final GroupStore groups = new GroupStore();
    private final Map<Integer, List<MailboxPermission>> grants = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private ComplianceStore compliance;

    /**
     * Seeds a tenant.
     *
     * @param seed      the seed
     * @param domain    the tenant's domain or organisation name, e.g. {@code contoso.onmicrosoft.com}
     * @param mailboxes number of mailboxes, 0 to 1 000 000
     */
    public Tenant(long seed, String domain, int mailboxes) {
        if (mailboxes < 0 || mailboxes > 1_000_000) {
            throw new IllegalArgumentException("mailboxes must be between 0 and 1000000, got " + mailboxes);
        }
        this.seed = seed;
        this.domains = TenantDomains.of(domain);
        Identities identities = new Identities(seed);
        this.tenantId = identities.guid(GUID_TENANT, 0).toString();
        this.mailboxes = new MailboxStore(mailboxes, new MailboxFactory(seed, domains, identities), identities);
        seedGroups(identities);
        seedSharedMailboxGrants();
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The tenant's domains. */
    public TenantDomains domains() {
        return domains;
    }

    /** The tenant GUID (also accepted in request paths). */
    public String tenantId() {
        return tenantId;
    }

    /** Mailboxes. */
    public MailboxStore mailboxes() {
        return mailboxes;
    }

    /** Distribution groups. */
    public GroupStore groups() {
        return groups;
    }

    /** The Security &amp; Compliance objects (searches, policies, labels), seeded on first use. */
    public synchronized ComplianceStore compliance() {
        if (compliance == null) {
            compliance = new ComplianceStore(seed, domains.defaultDomain());
        }
        return compliance;
    }

    /** The lock cmdlet handlers hold, so each call sees and leaves a consistent tenant. */
    public Object lock() {
        return lock;
    }

    /** Get-AcceptedDomain rows. */
    public List<Map<String, Object>> acceptedDomains() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String domain : domains.all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Name", domain);
            row.put("Identity", domain);
            row.put("DomainName", domain);
            row.put("DomainType", "Authoritative");
            row.put("Default", domain.equals(domains.defaultDomain()));
            row.put("InitialDomain", domain.equals(domains.initialDomain()));
            row.put("MatchSubDomains", false);
            rows.add(row);
        }
        return rows;
    }

    /** Explicit permission entries of a mailbox (the SELF entry is added by the view). */
    public List<MailboxPermission> grants(int mailbox) {
        return List.copyOf(grants.getOrDefault(mailbox, List.of()));
    }

    /** Adds or merges a permission entry; returns the resulting entry. */
    public MailboxPermission grant(int mailbox, String mailboxName, String user, List<String> rights) {
        List<MailboxPermission> entries = new ArrayList<>(grants(mailbox));
        Set<String> merged = new LinkedHashSet<>(rights);
        entries.removeIf(e -> {
            boolean same = e.user().equalsIgnoreCase(user) && !e.deny();
            if (same) {
                merged.addAll(e.accessRights());
            }
            return same;
        });
        MailboxPermission entry = new MailboxPermission(mailboxName, user, new ArrayList<>(merged), false, false);
        entries.add(entry);
        grants.put(mailbox, entries);
        return entry;
    }

    private void seedGroups(Identities identities) {
        int count = mailboxes.count() == 0 ? 0 : Math.min(Math.max(2, mailboxes.count() / 25), 2000);
        SplittableRandom random = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
        Instant epoch = Instant.parse("2020-03-02T09:00:00Z");
        for (int g = 0; g < count; g++) {
            String department = Names.DEPARTMENTS.get(g % Names.DEPARTMENTS.size());
            String alias = "dl-" + Names.ascii(department) + "-" + g;
            int size = Math.min(mailboxes.count(), 2 + random.nextInt(19));
            Set<Integer> members = new LinkedHashSet<>();
            while (members.size() < size) {
                members.add(random.nextInt(mailboxes.count()));
            }
            String owner = String.valueOf(mailboxes.state(members.iterator().next()).get("Name"));
            UUID guid = identities.guid(GUID_GROUP, g);
            groups.put(new DistributionGroup(alias, department + " Team " + g, alias,
                    alias + "@" + domains.defaultDomain(), guid.toString(), List.of(owner),
                    new ArrayList<>(members), epoch.plus(random.nextInt(2000), ChronoUnit.DAYS).toString()));
        }
    }

    private void seedSharedMailboxGrants() {
        int scanned = Math.min(mailboxes.count(), 2000);
        for (int i = 0; i < scanned; i++) {
            if (mailboxes.kind(i) == MailboxKind.SHARED) {
                String name = String.valueOf(mailboxes.state(i).get("Name"));
                int trustee = (int) ((i * 7919L + seed) % mailboxes.count());
                if (trustee < 0) {
                    trustee += mailboxes.count();
                }
                String user = String.valueOf(mailboxes.state(trustee).get("UserPrincipalName"));
                grants.put(i, List.of(new MailboxPermission(name, user, List.of("FullAccess"), false, false)));
            }
        }
    }
}
