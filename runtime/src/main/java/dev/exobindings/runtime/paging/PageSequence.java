package dev.exobindings.runtime.paging;

import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.PagingException;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.event.WarningEvent;
import dev.exobindings.runtime.http.CallExecutor;
import dev.exobindings.runtime.http.Invocation;
import dev.exobindings.runtime.http.WireResponse;
import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The pages of one invocation, fetched lazily: each {@link #next()} POSTs the identical body to the previous
 * page's {@code @odata.nextLink} (the first page goes to the InvokeCommand URL). Holds one page at a time.
 * A nextLink seen before ends the sequence with a {@link PagingException}.
 */
public final class PageSequence implements Iterator<Page>, AutoCloseable {
    private final CallExecutor executor;
    private final Invocation invocation;
    private final PageRules rules;
    private final BiFunction<URI, Integer, CallExecutor.Call> callFor;
    private final String cmdlet;
    private final ExchangeEventListener listener;
    private final Set<String> seenLinks = new HashSet<>();
    private URI nextUri;
    private Page buffered;
    private boolean finished;
    private boolean closed;
    private long rows;
    private int pages;

    /**
     * @param firstUri  the InvokeCommand URL (with $select)
     * @param callFor   builds the call for a URL and an {@code odata.maxpagesize}
     * @param prefetched a first page already received (from a {@code $batch} sub-response), or null
     */
    public PageSequence(CallExecutor executor, Invocation invocation, PageRules rules, URI firstUri,
                        BiFunction<URI, Integer, CallExecutor.Call> callFor, String cmdlet,
                        ExchangeEventListener listener, Page prefetched) {
        this.executor = executor;
        this.invocation = invocation;
        this.rules = rules;
        this.callFor = callFor;
        this.cmdlet = cmdlet;
        this.listener = listener;
        this.nextUri = firstUri;
        seenLinks.add(firstUri.toString());
        if (prefetched != null) {
            accept(prefetched, rules.pageSizeAfter(0));
        }
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (buffered == null && !finished) {
            int size = rules.pageSizeAfter(rows);
            WireResponse response = executor.execute(callFor.apply(nextUri, size), invocation);
            accept(PageParser.parse(response), size);
        }
        return buffered != null;
    }

    @Override
    public Page next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Page page = buffered;
        buffered = null;
        return page;
    }

    /** Pages received so far. */
    public int pagesFetched() {
        return pages;
    }

    /** Stops fetching; later {@link #hasNext()} answers false. */
    @Override
    public void close() {
        closed = true;
        buffered = null;
    }

    private void accept(Page page, int requested) {
        pages++;
        rows += page.rows().size();
        boolean more = rules.shouldContinue(rows, page.rows().size(), requested, page.nextLink());
        if (more) {
            if (!seenLinks.add(page.nextLink())) {
                finished = true;
                throw new PagingException(new ErrorInfo(-1, null, null, "the service returned the nextLink "
                        + page.nextLink() + " a second time (page " + pages + "); stopping instead of looping",
                        null, null, null, cmdlet, invocation.clientRequestId(), page.serverRequestId()));
            }
            nextUri = URI.create(page.nextLink());
            page = page.withoutMoreResultsWarning();
        } else {
            finished = true;
        }
        listener.onPage(new PageEvent(cmdlet, invocation.clientRequestId(), pages, page.rows().size(), more));
        for (String warning : page.warnings()) {
            listener.onWarning(new WarningEvent(cmdlet, invocation.clientRequestId(), warning));
        }
        buffered = page;
    }
}
