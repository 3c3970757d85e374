package dev.exobindings.simulator;

import dev.exobindings.metadata.MarkedNumbers;
import dev.exobindings.simulator.tenant.ComplianceStore;
import dev.exobindings.simulator.tenant.MailboxKind;
import dev.exobindings.simulator.tenant.MailboxStore;
import dev.exobindings.simulator.tenant.Tenant;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The seeded-tenant numbers of simulator/README.md are what the simulator really seeds. */
class ReadmeNumbersTest {
    /** Enough mailboxes for the kind shares to settle to whole percents. */
    private static final int SAMPLE = 100_000;

    @Test
    void seededTenant() {
        Tenant tenant = new Tenant(1, "contoso.onmicrosoft.com", SAMPLE);
        ComplianceStore compliance = tenant.compliance();
        Map<String, Long> n = new TreeMap<>();
        n.put("sim.journalCapacity", (long) CallJournal.CAPACITY);
        n.put("sim.searches", (long) compliance.searches().size());
        n.put("sim.dlpPolicies", (long) compliance.dlpPolicies().size());
        n.put("sim.retentionPolicies", (long) compliance.retentionPolicies().size());
        n.put("sim.labels", (long) compliance.labels().size());
        MailboxStore mailboxes = tenant.mailboxes();
        Map<MailboxKind, Integer> kinds = new EnumMap<>(MailboxKind.class);
        for (int i = 0; i < SAMPLE; i++) {
            kinds.merge(mailboxes.kind(i), 1, Integer::sum);
        }
        kinds.forEach((kind, count) -> n.put("sim.percent." + kind.name().toLowerCase(Locale.ROOT),
                Math.round(100.0 * count / SAMPLE)));
        MarkedNumbers.assertMatches(Path.of("README.md"), "sim.", n);
    }
}
