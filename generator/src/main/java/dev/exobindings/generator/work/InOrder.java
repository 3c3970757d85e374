package dev.exobindings.generator.work;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Maps a list on every core while keeping the outcome of a plain loop: results in list order, and when items fail,
 * the failure of the first failing item (in list order) is thrown as it was thrown, unwrapped. The generator's
 * per-cmdlet work (building models, emitting and writing files) is independent per item, so this is where a cold
 * generation spends its time.
 */
public final class InOrder {
    private static final int MIN_ITEMS_PER_THREAD = 8;

    private InOrder() {
    }

    /** {@code items.stream().map(work).toList()}, on up to as many threads as the JVM has processors. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), items.size() / MIN_ITEMS_PER_THREAD);
        if (threads < 2) {
            List<R> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(work.apply(item)));
            return out;
        }
        Object[] results = new Object[items.size()];
        Throwable[] failures = new Throwable[items.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        // Items are claimed in increasing order and a failure only stops new claims, so every item before the
        // first failing one has run: the failure thrown is the one a sequential loop would have thrown.
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length && !failed.get(); i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                    failed.set(true);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(worker, "exo-bindings-generator-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        joinAll(helpers);
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> out = (List<R>) Arrays.asList(results);
        return Collections.unmodifiableList(out);
    }

    private static void joinAll(List<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
