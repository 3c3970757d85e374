package dev.exobindings.bench;

import dev.exobindings.metadata.MarkedNumbers;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workload sizes BENCHMARKS.md states are the benchmarks' own (hand-written record, module-text fixture). */
class BenchmarksWorkloadNumbersTest {
    @Test
    void workloadSizes() {
        MarkedNumbers.assertMatches(Path.of("../BENCHMARKS.md"), "workload.", Map.of(
                "workload.typed.handColumns", (long) TypedBindingBenchmark.HandMailbox.class.getRecordComponents().length,
                "workload.parse.proxies", (long) ModuleParseBenchmark.PROXIES));
    }
}
