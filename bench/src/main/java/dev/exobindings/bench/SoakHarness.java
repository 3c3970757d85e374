package dev.exobindings.bench;

import dev.exobindings.bench.exo.GetMailbox;
import dev.exobindings.bench.exo.SetMailbox;
import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.Faults;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Soak run (not part of CI): 10 000 mixed operations from 8 threads on ONE client against the simulator with 20 %
 * faults of every kind (reset before and after apply, 429, 500 ADTransientException, slow bodies, the per-tenant
 * concurrency rejection, latency). 40 % reads (single object, a page of 100), 60 % writes, each write to its own
 * mailbox so the simulator's per-mailbox count shows a double apply: a third through {@code invoke}, a third through
 * {@code invokeAsync}, a third through {@code invokeAll} in groups of 10. Prints the outcome table of BENCHMARKS.md
 * and exits non-zero when a write was doubled, lost (reported succeeded but not applied, or no outcome) or reported
 * failed although applied.
 */
public final class SoakHarness {
    private static final String TOKEN = "soak-token";
    private static final int OPS = 10_000;
    private static final int THREADS = 8;

    enum Outcome { SUCCEEDED, FAILED, UNKNOWN }

    private SoakHarness() {
    }

    public static void main(String[] args) throws Exception {
        Faults faults = Faults.builder().seed(2026).resets(0.04).resetsAfterApply(0.04).throttle(0.04, "0.2")
                .serverErrors(0.04, 500).slowBodies(0.04, 512, Duration.ofMillis(1))
                .latency(Duration.ofMillis(1), Duration.ofMillis(4)).concurrencyLimit(6).build();
        // The default policy except shorter backoff, so the run takes minutes rather than an hour; what is retried
        // (and that writes are not retried after they may have run) is the default.
        RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofSeconds(2))
                .build();
        long started = System.nanoTime();
        try (ExoSimulator sim = ExoSimulator.builder().seed(9).mailboxes(OPS).token(TOKEN).faults(faults).build().start();
             ExchangeClient exo = ExchangeClient.builder().tenant(sim.tenant().domains().initialDomain())
                     .endpoint(sim.baseUri()).tokenProvider(r -> new AccessToken(TOKEN, Instant.MAX))
                     .maxConcurrency(THREADS).retryPolicy(policy).build()) {
            String[] names = new String[OPS];
            for (int i = 0; i < OPS; i++) {
                names[i] = (String) sim.tenant().mailboxes().state(i).get("Name");
            }
            Outcome[] outcomes = new Outcome[OPS];
            boolean[] writes = new boolean[OPS];
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> runSlice(exo, names, thread, outcomes, writes)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            report(sim, names, outcomes, writes, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void runSlice(ExchangeClient exo, String[] names, int thread, Outcome[] outcomes, boolean[] writes) {
        List<Integer> group = new ArrayList<>();
        for (int next = thread; next < OPS; next += THREADS) {
            int op = next;
            int kind = Math.floorMod(op * 7919, 10);
            if (kind < 4) {
                outcomes[op] = single(() -> exo.invoke(kind < 2 ? GetMailbox.identity(names[op])
                        : GetMailbox.all().resultSize(ResultSize.of(100))));
                continue;
            }
            writes[op] = true;
            if (kind < 6) {
                outcomes[op] = single(() -> exo.invoke(change(names[op])));
            } else if (kind < 8) {
                outcomes[op] = single(() -> exo.invokeAsync(change(names[op])).join());
            } else {
                group.add(op);
                if (group.size() == 10) {
                    runGroup(exo, names, group, outcomes);
                }
            }
        }
        runGroup(exo, names, group, outcomes);
    }

    private static void runGroup(ExchangeClient exo, String[] names, List<Integer> group, Outcome[] outcomes) {
        if (group.isEmpty()) {
            return;
        }
        List<CmdletRequest> requests = new ArrayList<>();
        group.forEach(op -> requests.add(change(names[op])));
        List<BatchItemResult> results = exo.invokeAll(requests);
        for (int k = 0; k < group.size(); k++) {
            BatchItemResult r = results.get(k);
            outcomes[group.get(k)] = r.isSuccess() ? Outcome.SUCCEEDED : r.outcomeUnknown() ? Outcome.UNKNOWN
                    : Outcome.FAILED;
        }
        group.clear();
    }

    private static SetMailbox.IdentitySet change(String name) {
        return SetMailbox.identity(name).customAttribute2("soak-" + name);
    }

    private static Outcome single(Runnable call) {
        try {
            call.run();
            return Outcome.SUCCEEDED;
        } catch (CompletionException e) {
            return ((ExchangeException) e.getCause()).outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED;
        } catch (ExchangeException e) {
            return e.outcomeUnknown() ? Outcome.UNKNOWN : Outcome.FAILED;
        }
    }

    private static void report(ExoSimulator sim, String[] names, Outcome[] outcomes, boolean[] writes, double seconds) {
        Map<Outcome, int[]> reads = new EnumMap<>(Outcome.class);
        Map<Outcome, int[]> changes = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            reads.put(o, new int[1]);
            changes.put(o, new int[1]);
        }
        int doubled = 0;
        int lost = 0;
        int failedButApplied = 0;
        int unknownApplied = 0;
        for (int op = 0; op < OPS; op++) {
            if (outcomes[op] == null) {
                lost++;
                continue;
            }
            (writes[op] ? changes : reads).get(outcomes[op])[0]++;
            if (!writes[op]) {
                continue;
            }
            long applied = sim.counters().applied("Set-Mailbox", names[op]);
            doubled += applied > 1 ? 1 : 0;
            lost += outcomes[op] == Outcome.SUCCEEDED && applied == 0 ? 1 : 0;
            failedButApplied += outcomes[op] == Outcome.FAILED && applied > 0 ? 1 : 0;
            unknownApplied += outcomes[op] == Outcome.UNKNOWN && applied == 1 ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%d operations, %d threads, one client, %.0f s%n%n", OPS, THREADS, seconds);
        System.out.println("| | succeeded | typed failure (not applied) | flagged outcome-unknown (of which applied) "
                + "| doubled | lost | failed but applied |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| reads | %d | %d | %d | – | – | – |%n", reads.get(Outcome.SUCCEEDED)[0],
                reads.get(Outcome.FAILED)[0], reads.get(Outcome.UNKNOWN)[0]);
        System.out.printf(Locale.ROOT, "| writes | %d | %d | %d (%d) | %d | %d | %d |%n",
                changes.get(Outcome.SUCCEEDED)[0], changes.get(Outcome.FAILED)[0], changes.get(Outcome.UNKNOWN)[0],
                unknownApplied, doubled, lost, failedButApplied);
        StringBuilder injected = new StringBuilder("\nfaults injected:");
        for (FaultKind kind : FaultKind.values()) {
            injected.append(' ').append(kind).append('=').append(sim.counters().faults(kind));
        }
        System.out.println(injected + " of " + sim.counters().httpRequests() + " HTTP exchanges");
        boolean ok = doubled == 0 && lost == 0 && failedButApplied == 0;
        System.out.println(ok ? "PASS" : "FAIL");
        if (!ok) {
            System.exit(1);
        }
    }
}
