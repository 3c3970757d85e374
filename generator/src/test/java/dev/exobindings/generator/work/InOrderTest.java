package dev.exobindings.generator.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    private static final List<Integer> MANY = IntStream.range(0, 2_000).boxed().toList();

    @Test
    void resultsComeInListOrder() {
        List<String> out = InOrder.map(MANY, i -> "#" + i);
        assertEquals(MANY.stream().map(i -> "#" + i).toList(), out);
        assertThrows(UnsupportedOperationException.class, () -> out.add("x"));
    }

    @Test
    void theFirstFailingItemInListOrderIsThrownAsItWasThrown() {
        IllegalStateException first = new IllegalStateException("item 700");
        // later items fail too, and may run first on another thread: the one thrown is still item 700's
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> InOrder.map(MANY, i -> {
            if (i == 700) {
                throw first;
            }
            if (i > 700 && i % 3 == 0) {
                throw new IllegalStateException("item " + i);
            }
            return i;
        }));
        assertSame(first, thrown);
    }

    @Test
    void anErrorIsRethrownUnwrappedToo() {
        StackOverflowError error = new StackOverflowError("deep");
        assertSame(error, assertThrows(StackOverflowError.class, () -> InOrder.map(MANY, i -> {
            if (i == 5) {
                throw error;
            }
            return i;
        })));
    }

    @Test
    void runsOnMoreThanOneThreadWhenTheMachineHasSeveralCores() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        InOrder.map(MANY, i -> {
            threads.add(Thread.currentThread().getName());
            busy();
            return i;
        });
        assertTrue(threads.contains(Thread.currentThread().getName()), "the caller works too: " + threads);
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(threads.size() > 1, "one thread only: " + threads);
        }
    }

    @Test
    void aShortListRunsOnTheCallersThread() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        assertEquals(List.of(1, 2, 3), InOrder.map(List.of(1, 2, 3), i -> {
            threads.add(Thread.currentThread().getName());
            return i;
        }));
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    private static void busy() {
        long until = System.nanoTime() + 20_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
