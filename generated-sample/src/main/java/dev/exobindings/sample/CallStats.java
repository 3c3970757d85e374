package dev.exobindings.sample;

import dev.exobindings.runtime.event.BatchEvent;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.event.RequestEvent;
import dev.exobindings.runtime.event.RetryEvent;
import dev.exobindings.runtime.event.ThrottledEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the client did, from the runtime's events: the numbers of the sample's summary line. */
final class CallStats implements ExchangeEventListener {
    private final LongAdder httpCalls = new LongAdder();
    private final LongAdder pages = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder throttled = new LongAdder();
    private final Map<String, Set<String>> hosts = new ConcurrentHashMap<>();

    @Override
    public void onRequest(RequestEvent event) {
        httpCalls.increment();
        hosts.computeIfAbsent(event.cmdlet(), c -> ConcurrentHashMap.newKeySet()).add(event.uri().getRawAuthority());
    }

    /** The hosts ({@code host:port}) the calls of {@code cmdlet} went to. */
    Set<String> hostsOf(String cmdlet) {
        return new TreeSet<>(hosts.getOrDefault(cmdlet, Set.of()));
    }

    @Override
    public void onPage(PageEvent event) {
        pages.increment();
    }

    @Override
    public void onBatch(BatchEvent event) {
        batches.increment();
    }

    @Override
    public void onRetry(RetryEvent event) {
        retries.increment();
    }

    @Override
    public void onThrottled(ThrottledEvent event) {
        throttled.increment();
    }

    long httpCalls() {
        return httpCalls.sum();
    }

    long pages() {
        return pages.sum();
    }

    long batches() {
        return batches.sum();
    }

    long retries() {
        return retries.sum();
    }

    long throttled() {
        return throttled.sum();
    }
}
