package dev.exobindings.bench;

import dev.exobindings.metadata.MarkedNumbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BENCHMARKS.md's claims about its own numbers: the largest error as a share of the score, and how many ratios are
 * firm (their interval does not overlap the baseline's), computed from the tables as written.
 */
class BenchmarksTableTest {
    /** {@code | `name` … | 1 702 ± 837 ns | 2.0 |} */
    private static final Pattern ROW = Pattern.compile(
            "^\\| `(\\w+)`(.*?)\\| ([0-9][0-9 .]*) ± ([0-9][0-9 .]*) (ns|µs|ms|s) \\| [0-9.]+ \\|$");

    record Row(String name, boolean baseline, double score, double error) {
        double low() {
            return score - error;
        }

        double high() {
            return score + error;
        }
    }

    @Test
    void statedErrorBoundAndFirmRatiosMatchTheTables() throws IOException {
        List<List<Row>> tables = tables(Files.readAllLines(Path.of("../BENCHMARKS.md")));
        assertTrue(tables.size() >= 3, "the benchmark tables were found: " + tables.size());
        double maxError = 0;
        int comparisons = 0;
        int firm = 0;
        for (List<Row> table : tables) {
            Row baseline = table.stream().filter(Row::baseline).findFirst().orElseThrow();
            for (Row row : table) {
                maxError = Math.max(maxError, row.error() / row.score());
                if (row != baseline) {
                    comparisons++;
                    if (row.low() > baseline.high() || row.high() < baseline.low()) {
                        firm++;
                    }
                }
            }
        }
        MarkedNumbers.assertMatches(Path.of("../BENCHMARKS.md"), "bench.", Map.of(
                "bench.maxErrorPercent", Math.round(maxError * 100), "bench.comparisons", comparisons,
                "bench.firmRatios", firm));
    }

    private static List<List<Row>> tables(List<String> lines) {
        List<List<Row>> tables = new ArrayList<>();
        List<Row> current = null;
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                if (current == null) {
                    current = new ArrayList<>();
                    tables.add(current);
                }
                current.add(new Row(m.group(1), m.group(2).contains("(**baseline**"), number(m.group(3)),
                        number(m.group(4))));
            } else if (!line.startsWith("|")) {
                current = null;
            }
        }
        return tables;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(" ", ""));
    }
}
