package dev.exobindings.runtime.paging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.error.PagingException;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.event.PageEvent;
import dev.exobindings.runtime.event.WarningEvent;
import dev.exobindings.runtime.http.CallExecutor;
import dev.exobindings.runtime.http.Invocation;
import dev.exobindings.runtime.http.SameOriginRule;
import dev.exobindings.runtime.http.WireResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pages of one invocation, fetched lazily: each {@link #next()} POSTs the identical body to the previous
 * page's {@code @odata.nextLink} (the first page goes to the InvokeCommand URL). Holds one page at a time.
 * A nextLink seen before, or one that leaves the scheme, host, port or tenant path of the response that carried it
 * ({@link SameOriginRule} of {@link WireResponse#uri()}: the final URL, after any redirect the sender's
 * {@code HostGuard} allowed), ends the sequence with a {@link PagingException} before anything is sent to it. The
 * sender's host guard still checks every URL it is given; this rule is the narrower one for server-supplied links.
 * When the rows end while the service still had more (a nextLink not followed, or the service's "more results"
 * warning on the last page), the sequence is {@linkplain #truncated() truncated} and says so once, as a WARN log.
 */
public final class PageSequence<R> implements Iterator<Page<R>>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PageSequence.class);
    /**
     * Pages in a row without a single row but with a new nextLink, after which the sequence stops. A stream renews
     * its time budget for every page, so a service that kept answering that way would otherwise be followed for
     * ever; a real answer has rows long before this.
     */
    static final int MAX_EMPTY_PAGES_IN_A_ROW = 100;
    /**
     * The default of {@code maxPages}: 100 000 pages of the service's 1 000 rows are 100 million rows, a hundred
     * times the largest tenants' recipients, so a longer chain is a broken or hostile server.
     */
    public static final int DEFAULT_MAX_PAGES = 100_000;
    private final CallExecutor executor;
    private final Invocation invocation;
    private final PageRules rules;
    private final BiFunction<URI, Integer, CallExecutor.Call> callFor;
    private final String cmdlet;
    private final ExchangeEventListener listener;
    private final Set<String> seenLinks = new HashSet<>();
    /** The rule for the links of the page being accepted: the origin of the response that carried them. */
    private SameOriginRule origin;
    private final boolean budgetPerPage;
    private final int maxPages;
    /** The failure to report once the page that carried a link past {@link #maxPages} was handed out. */
    private PagingException pastLimit;
    private boolean truncated;
    private URI nextUri;
    private final RowReader<R> reader;
    private Page<R> buffered;
    private boolean finished;
    private boolean closed;
    private long rows;
    private int pages;
    private int emptyInARow;

    /**
     * @param firstUri  the InvokeCommand URL (with $select)
     * @param callFor   builds the call for a URL and an {@code odata.maxpagesize}
     * @param reader    reads each row of a page's {@code value}
     * @param prefetched a first page already received (from a {@code $batch} sub-response), or null
     * @param prefetchedFrom the URL that answered {@code prefetched} (the {@code $batch} call's final URL, after any
     *                       redirect the host guard followed), whose origin its nextLink must keep; null: firstUri
     * @param budgetPerPage whether each page gets the invocation's whole budget again (streams: the time the
     *                      consumer spends between pages is not the service's)
     * @param maxPages      the most pages followed: a never-ending chain of new nextLinks fails past it
     */
    public PageSequence(CallExecutor executor, Invocation invocation, PageRules rules, URI firstUri,
                        BiFunction<URI, Integer, CallExecutor.Call> callFor, RowReader<R> reader, String cmdlet,
                        ExchangeEventListener listener, Page<JsonNode> prefetched, URI prefetchedFrom,
                        boolean budgetPerPage, int maxPages) {
        this.maxPages = maxPages;
        this.executor = executor;
        this.invocation = invocation;
        this.rules = rules;
        this.callFor = callFor;
        this.reader = reader;
        this.cmdlet = cmdlet;
        this.listener = listener;
        this.nextUri = firstUri;
        // a prefetched page belongs to the host (and tenant path) that answered it, as a fetched page does
        this.origin = SameOriginRule.of(prefetched != null && prefetchedFrom != null ? prefetchedFrom : firstUri);
        this.budgetPerPage = budgetPerPage;
        seenLinks.add(firstUri.toString());
        if (prefetched != null) {
            checkObjectRows(prefetched);
            accept(prefetched.withRows(prefetched.rows().stream().map(reader::fromTree).toList()),
                    rules.pageSizeAfter(0));
        }
    }

    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        if (buffered == null && pastLimit != null) {
            PagingException failure = pastLimit;
            pastLimit = null;
            throw failure;
        }
        if (buffered == null && !finished) {
            int size = rules.pageSizeAfter(rows);
            if (budgetPerPage && pages > 0) {
                invocation.renewDeadline(executor.clock().instant());
            }
            WireResponse response = executor.execute(callFor.apply(nextUri, size), invocation);
            origin = SameOriginRule.of(response.uri() != null ? response.uri() : nextUri);
            accept(PageParser.parse(response, reader, cmdlet, invocation.clientRequestId()), size);
        }
        return buffered != null;
    }

    @Override
    public Page<R> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Page<R> page = buffered;
        buffered = null;
        return page;
    }

    /** Pages received so far. */
    public int pagesFetched() {
        return pages;
    }

    /**
     * Whether the rows ended while the service had more: a nextLink left unfollowed (the ResultSize rules stopped
     * here) or the service's "more results" warning on the last page (its own ResultSize default cut the list).
     * Meaningful once the last page was read.
     */
    public boolean truncated() {
        return truncated;
    }

    /** Stops fetching; later {@link #hasNext()} answers false. */
    @Override
    public void close() {
        closed = true;
        buffered = null;
    }

    private void accept(Page<R> page, int requested) {
        pages++;
        rows += page.rows().size();
        boolean more = rules.shouldContinue(rows, page.rows().size(), requested, page.nextLink());
        emptyInARow = page.rows().isEmpty() ? emptyInARow + 1 : 0;
        if (more) {
            if (emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
                finished = true;
                throw pagingError(page, "the service returned " + emptyInARow + " pages in a row without a row, "
                        + "each with a new nextLink (page " + pages + "); stopping instead of following it for ever");
            }
            if (pages >= maxPages) {
                // this page's rows are delivered first; the next hasNext() reports the link not followed. The
                // rows end while the service had more: truncated, for a caller that catches the failure
                finished = true;
                truncated = true;
                pastLimit = pagingError(page, "the service returned a nextLink on page " + pages + ", the most this "
                        + "client follows (ExchangeClientBuilder.maxPages " + maxPages + "); stopping instead of "
                        + "following it for ever");
            } else if (!seenLinks.add(page.nextLink())) {
                finished = true;
                throw pagingError(page, "the service returned the nextLink " + page.nextLink()
                        + " a second time (page " + pages + "); stopping instead of looping");
            } else {
                nextUri = checkedLink(page);
            }
            page = page.withoutMoreResultsWarning();
        } else {
            finished = true;
            boolean linkLeft = page.nextLink() != null && !page.nextLink().isEmpty();
            if (linkLeft || page.warnings().stream().anyMatch(w -> w.trim().startsWith(Page.MORE_RESULTS_PREFIX))) {
                markTruncated();
            }
        }
        listener.onPage(new PageEvent(cmdlet, invocation.clientRequestId(), pages, page.rows().size(), more));
        for (String warning : page.warnings()) {
            listener.onWarning(new WarningEvent(cmdlet, invocation.clientRequestId(), warning));
        }
        buffered = page;
    }

    private URI checkedLink(Page<R> page) {
        URI link;
        try {
            link = new URI(page.nextLink());
        } catch (URISyntaxException e) {
            finished = true;
            throw pagingError(page, "the service's @odata.nextLink is not a valid URL (" + e.getReason()
                    + "); not followed");
        }
        String why = origin.violation(link).orElse(null);
        if (why != null) {
            finished = true;
            throw pagingError(page, "the service's @odata.nextLink was not followed because " + why
                    + " (host " + SameOriginRule.hostOf(link) + "): the access token is only sent to " + origin);
        }
        return link;
    }

    /** A model is read from an object: a prefetched row that is not one is an unreadable answer (as when streamed). */
    private void checkObjectRows(Page<JsonNode> page) {
        ExchangeException notObject = reader.needsObjectRows() ? PageParser.nonObjectRow(page.rows(), cmdlet,
                invocation.clientRequestId(), page.serverRequestId()) : null;
        if (notObject != null) {
            throw notObject;
        }
    }

    private PagingException pagingError(Page<?> page, String message) {
        return new PagingException(new ErrorInfo(-1, null, null, message, null, null, null, cmdlet,
                invocation.clientRequestId(), page.serverRequestId()));
    }

    private void markTruncated() {
        truncated = true;
        if (rules.resultSize() != null && rows >= rules.resultSize()) {
            // The caller asked for exactly this many rows: the flag says more exist, but nothing went unnoticed.
            LOG.debug("{} returned the {} rows its ResultSize asked for; the service has more (client-request-id {})",
                    cmdlet, rows, invocation.clientRequestId());
            return;
        }
        LOG.warn("{} returned {} rows but the service has more; the result is truncated (client-request-id {}). "
                + "To get every row set ResultSize to Unlimited (ResultSize.unlimited(), e.g. "
                + ".resultSize(ResultSize.unlimited()) on the generated request)", cmdlet, rows,
                invocation.clientRequestId());
    }
}
