package dev.exobindings.bench.peer;

import dev.exobindings.bench.peer.PeerComparison.Measure;
import dev.exobindings.bench.peer.PeerComparison.Pair;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The paired statistic: each run's ratio is taken against the peer's run beside it, then the median. */
class PairedRunsTest {
    @Test
    void medianOfAnOddNumberOfPairsIsTheMiddleRatio() {
        Pair pair = new Pair(new Measure(List.of(4L, 3L, 9L)), new Measure(List.of(10L, 12L, 10L)));
        assertEquals(0.4, pair.medianRatio(), 1e-9, "ratios 0.4, 0.25, 0.9");
    }

    @Test
    void medianOfAnEvenNumberOfPairsIsTheMeanOfTheMiddleTwo() {
        Pair pair = new Pair(new Measure(List.of(2L, 3L, 5L, 8L)), new Measure(List.of(10L, 10L, 10L, 10L)));
        assertEquals(0.4, pair.medianRatio(), 1e-9, "ratios 0.2, 0.3, 0.5, 0.8");
    }

    @Test
    void aSlowSpellOnBothSidesCancelsOut() {
        // the machine halves its speed for the last two pairs: the best-of-each ratio mixes spells, the pairs do not
        Pair pair = new Pair(new Measure(List.of(30L, 30L, 60L, 60L, 30L)),
                new Measure(List.of(100L, 100L, 200L, 200L, 100L)));
        assertEquals(0.3, pair.medianRatio(), 1e-9);
    }
}
