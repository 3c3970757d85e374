package dev.exobindings.simulator.tenant;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The Security &amp; Compliance side of the tenant: compliance searches (changed by New-/Remove-ComplianceSearch),
 * and read-only DLP policies, retention policies and sensitivity labels, all seeded from the tenant's seed.
 * Rows are PascalCase maps, as the service returns them. Callers hold the tenant lock while changing it.
 */
public final class ComplianceStore {
    /** Compliance searches seeded per tenant (enough for several pages at small page sizes). */
    public static final int SEEDED_SEARCHES = 25;
    private static final List<String> TOPICS = List.of("Contoso legal hold", "Fabrikam merger", "HR investigation",
            "Project Falcon", "Expense audit", "Board minutes", "Vendor dispute");
    private static final Instant EPOCH = Instant.parse("2024-01-08T09:00:00Z");

    private final long seed;
    private final String domain;
    private final Map<String, Map<String, Object>> searches = new LinkedHashMap<>();
    private final List<Map<String, Object>> dlpPolicies = new ArrayList<>();
    private final List<Map<String, Object>> retentionPolicies = new ArrayList<>();
    private final List<Map<String, Object>> labels = new ArrayList<>();

    /** Seeds the store; {@code domain} is the tenant's default domain (for locations and creators). */
    public ComplianceStore(long seed, String domain) {
        this.seed = seed;
        this.domain = domain;
        SplittableRandom random = new SplittableRandom(seed ^ 0x3C6EF372FE94F82BL);
        for (int i = 0; i < SEEDED_SEARCHES; i++) {
            String topic = TOPICS.get(i % TOPICS.size());
            put(search(topic + " " + i, "subject:\"" + topic + "\"", List.of("All"),
                    random.nextBoolean() ? "Completed" : "NotStarted", EPOCH.plus(i, ChronoUnit.DAYS), random.nextInt(5000)));
        }
        String[][] dlp = {{"U.S. Financial Data", "Enable"}, {"GDPR Personal Data", "TestWithNotifications"},
                {"Credit Card Numbers", "Enable"}, {"Source Code Leak", "TestWithoutNotifications"}};
        for (int i = 0; i < dlp.length; i++) {
            Map<String, Object> row = base(dlp[i][0], "dlp");
            row.put("Mode", dlp[i][1]);
            row.put("Enabled", true);
            row.put("Priority", i);
            row.put("Workload", "Exchange, SharePoint, OneDriveForBusiness, Teams");
            row.put("DistributionStatus", "Success");
            dlpPolicies.add(row);
        }
        for (String name : List.of("Mailbox 7 years", "Teams chats 1 year", "SharePoint 10 years")) {
            Map<String, Object> row = base(name, "retention");
            row.put("Enabled", true);
            row.put("Mode", "Enforce");
            row.put("ExchangeLocation", List.of("All"));
            row.put("DistributionStatus", "Success");
            retentionPolicies.add(row);
        }
        String[] labelNames = {"Public", "General", "Confidential", "Highly Confidential", "Personal"};
        for (int i = 0; i < labelNames.length; i++) {
            Map<String, Object> row = base(labelNames[i], "label");
            row.put("DisplayName", labelNames[i]);
            row.put("Priority", i);
            row.put("ContentType", "File, Email");
            row.put("Disabled", false);
            labels.add(row);
        }
    }

    /** Every compliance search, in creation order. */
    public synchronized List<Map<String, Object>> searches() {
        return List.copyOf(searches.values());
    }

    /** A search by name or GUID (case-insensitive). */
    public synchronized Optional<Map<String, Object>> search(String identity) {
        return find(List.copyOf(searches.values()), identity);
    }

    /** Adds a search; returns its row. The caller checks the name is free. */
    public synchronized Map<String, Object> create(String name, String query, List<String> exchangeLocations,
                                                   String description) {
        Map<String, Object> row = search(name, query, exchangeLocations, "NotStarted", Instant.now()
                .truncatedTo(ChronoUnit.SECONDS), 0);
        row.put("Description", description);
        put(row);
        return row;
    }

    /** Removes a search by its name. */
    public synchronized void remove(String name) {
        searches.remove(name.toLowerCase(Locale.ROOT));
    }

    /** DLP compliance policies. */
    public List<Map<String, Object>> dlpPolicies() {
        return List.copyOf(dlpPolicies);
    }

    /** Retention compliance policies. */
    public List<Map<String, Object>> retentionPolicies() {
        return List.copyOf(retentionPolicies);
    }

    /** Sensitivity labels. */
    public List<Map<String, Object>> labels() {
        return List.copyOf(labels);
    }

    /** The row of {@code rows} whose Name, DisplayName or Guid is {@code identity} (case-insensitive). */
    public static Optional<Map<String, Object>> find(List<Map<String, Object>> rows, String identity) {
        String id = identity.strip();
        return rows.stream().filter(r -> id.equalsIgnoreCase(String.valueOf(r.get("Name")))
                || id.equalsIgnoreCase(String.valueOf(r.get("Guid")))
                || id.equalsIgnoreCase(String.valueOf(r.get("DisplayName")))).findFirst();
    }

    private void put(Map<String, Object> row) {
        searches.put(String.valueOf(row.get("Name")).toLowerCase(Locale.ROOT), row);
    }

    private Map<String, Object> search(String name, String query, List<String> locations, String status,
                                       Instant created, long items) {
        Map<String, Object> row = base(name, "search");
        row.put("Description", "");
        row.put("ContentMatchQuery", query);
        row.put("ExchangeLocation", List.copyOf(locations));
        row.put("Status", status);
        row.put("CreatedBy", "admin@" + domain);
        row.put("CreatedTime", created.toString());
        row.put("Items", items);
        return row;
    }

    private Map<String, Object> base(String name, String kind) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Name", name);
        row.put("Identity", name);
        row.put("Guid", UUID.nameUUIDFromBytes((seed + "/" + kind + "/" + name.toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8)).toString());
        return row;
    }
}
