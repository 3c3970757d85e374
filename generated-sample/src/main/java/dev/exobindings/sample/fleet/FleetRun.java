package dev.exobindings.sample.fleet;

import dev.exobindings.runtime.ExchangeClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs one job over many tenants on one machine: one {@link ExchangeClient} per tenant (each has its own token,
 * limits and retries), at most {@code concurrency} tenants at once across the whole run, and a {@link TenantResult}
 * per tenant in input order — a tenant that fails (bad credentials, no permission, the service down) is reported and
 * never stops the others.
 *
 * <p>The per-tenant function is {@link #runOne}; a distributed engine (Spark, Flink, a queue of workers) calls the
 * same function, one tenant per task, and keeps its own bound on parallel tasks.
 */
public final class FleetRun<T> {
    private final Function<String, ExchangeClient> clients;
    private final Function<ExchangeClient, T> job;
    private final int concurrency;

    /**
     * @param clients     builds the client of one tenant (credentials, endpoint); closed after the job
     * @param job         what to do in one tenant
     * @param concurrency tenants in flight at once, over the whole run
     */
    public FleetRun(Function<String, ExchangeClient> clients, Function<ExchangeClient, T> job, int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        this.clients = Objects.requireNonNull(clients, "clients");
        this.job = Objects.requireNonNull(job, "job");
        this.concurrency = concurrency;
    }

    /** Runs the job in every tenant; one result per tenant, in the order given. */
    public List<TenantResult<T>> run(List<String> tenants) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, Math.max(1, tenants.size())), r -> {
            Thread thread = new Thread(r, "fleet-tenant");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<TenantResult<T>>> futures = new ArrayList<>();
            for (String tenant : tenants) {
                futures.add(pool.submit(() -> runOne(tenant)));
            }
            List<TenantResult<T>> results = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                results.add(await(tenants.get(i), futures.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The per-tenant function: build the tenant's client, run the job, close the client; never throws. */
    public TenantResult<T> runOne(String tenant) {
        long start = System.nanoTime();
        try (ExchangeClient exo = clients.apply(tenant)) {
            T value = job.apply(exo);
            return TenantResult.success(tenant, value, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException e) {
            return TenantResult.failed(tenant, e, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static <T> TenantResult<T> await(String tenant, Future<TenantResult<T>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TenantResult.failed(tenant, e, Duration.ZERO);
        } catch (ExecutionException e) {
            // runOne catches RuntimeException; an Error still gets its tenant's line instead of losing the others.
            return TenantResult.failed(tenant, e.getCause(), Duration.ZERO);
        }
    }
}
