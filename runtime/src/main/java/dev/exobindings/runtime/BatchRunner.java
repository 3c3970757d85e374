package dev.exobindings.runtime;

import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExchangeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Runs many requests through {@code $batch} (protocol reference §(e)): chunks of {@code batchSize} (default 10)
 * run in parallel on {@code executor}, so as many chunks are in flight as the client's per-tenant concurrency limit
 * allows (each HTTP call still takes one permit). Cmdlets whose descriptor says the module does not batch them (the
 * 16 custom-routing cmdlets), and calls that go through the confirmation flow (the module never batches those), run
 * directly, also in parallel. Results come back in input order, one per request; each chunk
 * keeps its own per-item retries ({@link BatchChunk}).
 */
final class BatchRunner {
    private final InvokeEngine engine;
    private final int batchSize;
    private final Function<CmdletRequest, InvokeResult> direct;
    private final Executor executor;
    private final Predicate<CmdletRequest> confirmedAlone;

    /**
     * @param direct   runs one request on its own (with its own retries); throws {@link ExchangeException}
     * @param executor       runs chunks concurrently (a caller-runs executor makes them sequential)
     * @param confirmedAlone requests that go through the confirmation flow, and so run directly
     */
    BatchRunner(InvokeEngine engine, int batchSize, Function<CmdletRequest, InvokeResult> direct,
                Executor executor, Predicate<CmdletRequest> confirmedAlone) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.engine = engine;
        this.batchSize = batchSize;
        this.direct = direct;
        this.executor = executor;
        this.confirmedAlone = confirmedAlone;
    }

    /** One result per request, in input order. */
    List<BatchItemResult> run(List<? extends CmdletRequest> requests) {
        BatchItemResult[] results = new BatchItemResult[requests.size()];
        List<Integer> batchable = new ArrayList<>();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CmdletRequest r = requests.get(i);
            ExchangeException unsendable = unsendable(r);
            if (unsendable != null) {
                results[i] = BatchItemResult.failure(i, r, unsendable); // fails alone; the others still run
            } else if (!r.descriptor().batchable() || confirmedAlone.test(r)) {
                int index = i;
                tasks.add(() -> results[index] = runDirect(direct, index, r));
            } else {
                batchable.add(i);
            }
        }
        for (int from = 0; from < batchable.size(); from += batchSize) {
            List<Integer> chunk = batchable.subList(from, Math.min(batchable.size(), from + batchSize));
            List<CmdletRequest> items = new ArrayList<>();
            chunk.forEach(i -> items.add(requests.get(i)));
            tasks.add(() -> {
                List<BatchItemResult> done = new BatchChunk(engine, direct).run(items);
                for (int k = 0; k < chunk.size(); k++) {
                    results[chunk.get(k)] = done.get(k).withIndex(chunk.get(k));
                }
            });
        }
        runAll(tasks);
        return List.of(results);
    }

    private void runAll(List<Runnable> tasks) {
        if (tasks.size() == 1) {
            tasks.get(0).run();
            return;
        }
        CompletableFuture<?>[] futures = tasks.stream().map(t -> CompletableFuture.runAsync(t, executor))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(futures).join();
        } catch (CompletionException e) {
            // Not an ExchangeException (those become item results, as do requests that cannot be sent): a
            // programming error. Surface it as the direct call would.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * The failure of a request whose body cannot be built (a value the client cannot send, such as a
     * SecureString without a {@code secretEncoder}), or null. The encoder's message is kept and is the cause.
     */
    private ExchangeException unsendable(CmdletRequest request) {
        try {
            engine.body(request, InvokeEngine.defaultMode(request));
            return null;
        } catch (IllegalStateException | IllegalArgumentException e) {
            ErrorInfo info = new ErrorInfo(-1, "UnsendableRequest", null, e.getMessage(), null, null, null,
                    request.cmdletName(), null, null);
            return new ExchangeException(info, e);
        }
    }

    /** Runs one request directly; its typed failure becomes the item's result. */
    static BatchItemResult runDirect(Function<CmdletRequest, InvokeResult> direct, int index,
                                     CmdletRequest request) {
        try {
            return BatchItemResult.success(index, request, direct.apply(request));
        } catch (ExchangeException e) {
            return BatchItemResult.failure(index, request, e);
        }
    }
}
