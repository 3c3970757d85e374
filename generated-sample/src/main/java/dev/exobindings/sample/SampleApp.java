package dev.exobindings.sample;

import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.ExchangeClient;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The sample: lists every mailbox, adds an alias to a few of them in one batch, reads a distribution group's
 * members, then lists the compliance searches and DLP policies of Security &amp; Compliance, and prints a summary. Runs against an embedded simulator unless {@code EXO_TENANT} is set.
 */
public final class SampleApp {
    private static final int SIMULATED_MAILBOXES = 2_500;
    private static final int ALIAS_TARGETS = 12;

    private SampleApp() {
    }

    public static void main(String[] args) {
        try {
            run(System.getenv(), System.out);
        } catch (RuntimeException e) {
            // A user's mistake (missing variable, rejected credentials) reads better without a stack trace.
            System.err.println("exo-bindings sample failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Runs the three jobs against the target the environment names; returns the statistics. */
    static CallStats run(Map<String, String> env, PrintStream out) {
        long started = System.nanoTime();
        CallStats stats = new CallStats();
        try (Target target = Target.fromEnvironment(env, SIMULATED_MAILBOXES);
             ExchangeClient exo = target.clientBuilder().listener(stats).build()) {
            out.println("exo-bindings sample against " + target.description());
            AdminTasks tasks = new AdminTasks(exo);

            List<MailboxRow> mailboxes = tasks.listMailboxes();
            out.println("mailboxes: " + mailboxes.size() + " " + AdminTasks.countByType(mailboxes));
            mailboxes.stream().limit(3).forEach(m -> out.println("  " + m.displayName() + " <" + m.userPrincipalName() + ">"));

            if (target.writesAllowed()) {
                List<MailboxRow> targets = mailboxes.stream()
                        .filter(m -> "UserMailbox".equals(m.recipientTypeDetails())).limit(ALIAS_TARGETS).toList();
                List<BatchItemResult> results = tasks.addAliases(targets, "sample");
                long failed = results.stream().filter(r -> !r.isSuccess()).count();
                out.println("aliases added: " + (results.size() - failed) + " of " + results.size() + " in one batch run");
                results.stream().filter(r -> !r.isSuccess())
                        .forEach(r -> out.println("  failed item " + r.index() + ": " + r.failure().getMessage()));
            } else {
                out.println("aliases: skipped (set EXO_SAMPLE_WRITE=true to change a real tenant)");
            }

            AdminTasks.GroupMembers group = tasks.firstGroupMembers();
            out.println("group " + group.group() + ": " + group.members().size() + " members "
                    + group.members().stream().limit(5).toList());

            try (ExchangeClient scc = target.complianceClientBuilder().listener(stats).build()) {
                ComplianceTasks compliance = new ComplianceTasks(scc);
                List<ComplianceSearchRow> searches = compliance.listSearches();
                out.println("compliance searches: " + searches.size() + " " + searches.stream().limit(3)
                        .map(s -> s.name() + " (" + s.status() + ")").toList());
                List<DlpPolicyRow> policies = compliance.listDlpPolicies();
                out.println("DLP policies: " + policies.size() + " " + policies.stream()
                        .map(p -> p.name() + " (" + p.mode() + ")").toList());
                out.println("compliance host: " + stats.hostsOf("Get-ComplianceSearch")
                        + " (discovered once, then pinned)");
            }

            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            out.printf("summary: %d HTTP calls, %d pages, %d batches, %d retries (%d throttled), %d ms%n",
                    stats.httpCalls(), stats.pages(), stats.batches(), stats.retries(), stats.throttled(),
                    elapsed.toMillis());
        }
        return stats;
    }
}
