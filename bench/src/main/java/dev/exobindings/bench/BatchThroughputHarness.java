package dev.exobindings.bench;

import dev.exobindings.bench.exo.SetMailbox;
import dev.exobindings.runtime.BatchItemResult;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.FaultKind;
import dev.exobindings.simulator.Faults;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 1 000 {@code Set-Mailbox} calls against the simulator with 50 ms latency per HTTP exchange and a per-tenant
 * concurrency limit of 6 (client {@code maxConcurrency(6)}), three ways, in one run:
 * <ol>
 *   <li>{@code invokeAll} — {@code $batch} chunks of 10 in parallel (the runtime's way);</li>
 *   <li>sequential batches of 10 — the module's way (baseline 2);</li>
 *   <li>sequential single calls (baseline 1).</li>
 * </ol>
 * A harness rather than JMH: one measurement of the baseline takes about a minute, and the claim is a ratio between
 * wall-clock times of one run. Exits non-zero when a ratio misses its bound (≤ 1/8 of singles, ≤ 1/2 of sequential
 * batches) or any call failed. Run: see BENCHMARKS.md.
 */
public final class BatchThroughputHarness {
    private static final String TOKEN = "bench-token";
    private static final int CALLS = 1_000;
    private static final int LIMIT = 6;
    private static final int WARM_PARALLEL = 300;
    private static final int WARM_BATCHES = 200;
    private static final int WARM_SINGLES = 50;
    private static final long WARM_CALLS = WARM_PARALLEL + WARM_BATCHES + WARM_SINGLES;

    private BatchThroughputHarness() {
    }

    public static void main(String[] args) {
        Faults faults = Faults.builder().latency(Duration.ofMillis(50), Duration.ZERO).concurrencyLimit(LIMIT).build();
        try (ExoSimulator sim = ExoSimulator.builder().seed(3).mailboxes(CALLS).token(TOKEN).faults(faults).build().start();
             ExchangeClient exo = ExchangeClient.builder().tenant(sim.tenant().domains().initialDomain())
                     .endpoint(sim.baseUri()).tokenProvider(r -> new AccessToken(TOKEN, Instant.MAX))
                     .maxConcurrency(LIMIT).build()) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                names.add((String) sim.tenant().mailboxes().state(i).get("Name"));
            }
            // Warm-up of every way (JIT of both sides, connections), so the first way measured is not the coldest.
            exo.invokeAll(requests(names.subList(0, WARM_PARALLEL), "warm"));
            sequentialBatches(exo, requests(names.subList(0, WARM_BATCHES), "warm-batches"));
            singles(exo, requests(names.subList(0, WARM_SINGLES), "warm-single"));
            long rejected0 = sim.counters().faults(FaultKind.CONCURRENCY);
            double parallel = seconds(() -> exo.invokeAll(requests(names, "parallel")));
            long rejected1 = sim.counters().faults(FaultKind.CONCURRENCY);
            double batches = seconds(() -> sequentialBatches(exo, requests(names, "batches")));
            double singles = seconds(() -> singles(exo, requests(names, "single")));
            long rejected2 = sim.counters().faults(FaultKind.CONCURRENCY);
            long applied = sim.counters().applied("Set-Mailbox");
            double toSingles = parallel / singles;
            double toBatches = parallel / batches;
            System.out.printf(Locale.ROOT, "| way | seconds | ratio of invokeAll to it |%n|---|---:|---:|%n");
            System.out.printf(Locale.ROOT, "| sequential single calls (baseline 1) | %.2f | %.3f (bound 0.125) |%n",
                    singles, toSingles);
            System.out.printf(Locale.ROOT, "| sequential batches of 10, the module's way (baseline 2) | %.2f | %.3f "
                    + "(bound 0.5) |%n", batches, toBatches);
            System.out.printf(Locale.ROOT, "| invokeAll, parallel chunks | %.2f | 1 |%n", parallel);
            System.out.printf(Locale.ROOT, "Set-Mailbox applied by the simulator: %d (expected %d)%n", applied,
                    3 * CALLS + WARM_CALLS);
            System.out.printf(Locale.ROOT, "tenant-concurrency rejections: invokeAll %d, sequential ways %d%n",
                    rejected1 - rejected0, rejected2 - rejected1);
            boolean ok = toSingles <= 1.0 / 8 && toBatches <= 0.5 && applied == 3L * CALLS + WARM_CALLS;
            System.out.println(ok ? "PASS" : "FAIL");
            if (!ok) {
                System.exit(1);
            }
        }
    }

    /** The module's way: one {@code $batch} of 10 after another. */
    private static List<BatchItemResult> sequentialBatches(ExchangeClient exo, List<CmdletRequest> list) {
        List<BatchItemResult> all = new ArrayList<>();
        for (int from = 0; from < list.size(); from += 10) {
            all.addAll(exo.invokeAll(list.subList(from, Math.min(list.size(), from + 10))));
        }
        return all;
    }

    /** One call after another ({@code invoke} throws on a failure, so there is nothing to collect). */
    private static List<BatchItemResult> singles(ExchangeClient exo, List<CmdletRequest> list) {
        list.forEach(exo::invoke);
        return List.of();
    }

    private static List<CmdletRequest> requests(List<String> names, String tag) {
        List<CmdletRequest> list = new ArrayList<>();
        for (String name : names) {
            list.add(SetMailbox.identity(name).customAttribute1(tag + "-" + name));
        }
        return list;
    }

    private static double seconds(Supplier<List<BatchItemResult>> run) {
        long start = System.nanoTime();
        List<BatchItemResult> results = run.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long failed = results.stream().filter(r -> !r.isSuccess()).count();
        if (failed > 0) {
            throw new IllegalStateException(failed + " calls failed, first: "
                    + results.stream().filter(r -> !r.isSuccess()).findFirst().orElseThrow());
        }
        return elapsed;
    }
}
