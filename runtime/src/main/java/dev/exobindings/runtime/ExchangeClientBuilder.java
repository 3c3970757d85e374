package dev.exobindings.runtime;

import dev.exobindings.runtime.auth.AuthContext;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.host.RegionalHostRules;
import dev.exobindings.runtime.http.Endpoint;
import dev.exobindings.runtime.http.HttpSender;
import dev.exobindings.runtime.http.NoRedirects;
import dev.exobindings.runtime.http.TenantName;
import dev.exobindings.runtime.paging.PageSequence;
import dev.exobindings.runtime.retry.RetryPolicy;
import dev.exobindings.runtime.retry.Sleeper;
import dev.exobindings.runtime.secret.SecretEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** Configures an {@link ExchangeClient}; obtain one from {@link ExchangeClient#builder()}. */
public final class ExchangeClientBuilder {
    /** The most sub-requests the service takes in one {@code $batch} (protocol reference, $batch). */
    public static final int MAX_BATCH_SIZE = 10;
    String tenant;
    Cloud cloud = Cloud.COMMERCIAL;
    Service service = Service.EXCHANGE_ONLINE;
    RegionalHostRules regionalHosts;
    String scope;
    Credentials credentials;
    TokenProvider tokenProvider;
    String anchorMailbox;
    boolean parameterBasedRouting;
    ConfirmationHandler highImpactConfirmation;
    int pageSize = 1000;
    int maxConcurrency = 4;
    int batchSize = 10;
    int maxResponseBytes = HttpSender.DEFAULT_MAX_RESPONSE_BYTES;
    int maxPages = PageSequence.DEFAULT_MAX_PAGES;
    Double rateLimit;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    Timeouts timeouts = Timeouts.defaults();
    ExchangeEventListener listener = ExchangeEventListener.none();
    SecretEncoder secretEncoder = SecretEncoder.unavailable();
    URI endpoint;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.system();
    HttpClient httpClient;

    ExchangeClientBuilder() {
    }

    /**
     * The tenant: a domain name ({@code contoso.onmicrosoft.com}) or the tenant id GUID. Required; checked here
     * and again by {@link #build()}, whatever the credentials.
     *
     * @throws IllegalArgumentException for a URL, a slash, spaces, CR/LF or anything else that is not a domain
     *                                  name or a GUID
     */
    public ExchangeClientBuilder tenant(String tenant) {
        this.tenant = TenantName.check(tenant);
        return this;
    }

    /** The cloud (default {@link Cloud#COMMERCIAL}): REST host, login authority and scope. */
    public ExchangeClientBuilder cloud(Cloud cloud) {
        this.cloud = Objects.requireNonNull(cloud, "cloud");
        return this;
    }

    /**
     * The admin service (default {@link Service#EXCHANGE_ONLINE}). {@link Service#SECURITY_COMPLIANCE} uses the
     * compliance scope and anchor of the cloud and discovers the tenant's regional host on the first call.
     */
    public ExchangeClientBuilder service(Service service) {
        this.service = Objects.requireNonNull(service, "service");
        return this;
    }

    /**
     * Replaces the Security &amp; Compliance host rules of the cloud (front door, {@code Location} rewrite, the
     * hosts the token may go to): for values the sources are unsure of, or
     * {@link RegionalHostRules#loopback(URI, int, int, int...)} for a local simulator.
     */
    public ExchangeClientBuilder regionalHosts(RegionalHostRules rules) {
        this.regionalHosts = Objects.requireNonNull(rules, "rules");
        return this;
    }

    /** Replaces the OAuth scope the service and cloud imply (e.g. {@code https://ps.compliance.protection.office365.us/.default}). */
    public ExchangeClientBuilder scope(String scope) {
        if (scope == null || scope.isBlank()) {
            throw new IllegalArgumentException("scope must not be blank");
        }
        this.scope = scope.strip();
        return this;
    }

    /** How to sign in; the builder supplies tenant, authority and scope. Replaces {@link #tokenProvider}. */
    public ExchangeClientBuilder credentials(Credentials credentials) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.tokenProvider = null;
        return this;
    }

    /** A ready token source. Replaces {@link #credentials}. */
    public ExchangeClientBuilder tokenProvider(TokenProvider tokenProvider) {
        this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider");
        this.credentials = null;
        return this;
    }

    /** A fixed {@code X-AnchorMailbox} (verbatim, e.g. {@code UPN:admin@contoso.com}) instead of the derived one. */
    public ExchangeClientBuilder anchorMailbox(String anchorMailbox) {
        this.anchorMailbox = Objects.requireNonNull(anchorMailbox, "anchorMailbox");
        return this;
    }

    /** Rows per page, 1..1000 (default 1000). */
    /**
     * Routes every call of a cmdlet with a routing-hint parameter (Get-MailboxStatistics, Get-MobileDeviceStatistics,
     * … — the module's {@code -UseCustomRouting} on every call) by that parameter's value: {@code SMTP:<address>}
     * or {@code MBX:<guid>@<tenant id>}. Off by default, as in the module; one call can ask for it with the
     * cmdlet's {@code useCustomRouting()} setter.
     */
    public ExchangeClientBuilder parameterBasedRouting(boolean enabled) {
        this.parameterBasedRouting = enabled;
        return this;
    }

    /**
     * How High-impact cmdlets run (Remove-Mailbox, …; the module prompts for them by default). Without a handler
     * (the default) they are sent with {@code "Confirm": false}, as scripts write {@code -Confirm:$false}. With one,
     * {@link ExchangeClient#invoke(CmdletRequest)} runs the module's validation flow: {@code "Confirm": true}
     * first, then {@code handler} sees the service's confirmation message and decides whether the execution call
     * follows; such calls are never put into a {@code $batch}. Medium/Low-impact cmdlets never get a Confirm key
     * unless the caller passes a {@link ConfirmMode}.
     */
    public ExchangeClientBuilder confirmHighImpact(ConfirmationHandler handler) {
        this.highImpactConfirmation = Objects.requireNonNull(handler, "handler");
        return this;
    }

    public ExchangeClientBuilder pageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 1000) {
            throw new IllegalArgumentException("pageSize must be within 1..1000, got " + pageSize);
        }
        this.pageSize = pageSize;
        return this;
    }

    /**
     * The most bytes one response body may have, as received and once gunzipped (default 256 MiB; a page of a
     * thousand full Get-Mailbox rows is a few megabytes). A longer answer is not read: the call fails with an
     * {@link dev.exobindings.runtime.error.ExchangeException} of code {@code ResponseTooLarge} and its HTTP status,
     * and is not repeated. The limit keeps a broken or hostile answer, or a gzip bomb, from exhausting the heap.
     */
    public ExchangeClientBuilder maxResponseBytes(int maxResponseBytes) {
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be >= 1, got " + maxResponseBytes);
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * The most pages one invocation or stream follows (default 100 000: with the service's 1 000 rows a page, a
     * hundred million rows). Each page gets its own time budget in a stream, so a server that answers every page
     * with rows and a new nextLink would otherwise be followed for ever; past the limit the call fails with a
     * {@link dev.exobindings.runtime.error.PagingException} naming the page.
     */
    public ExchangeClientBuilder maxPages(int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be >= 1, got " + maxPages);
        }
        this.maxPages = maxPages;
        return this;
    }

    /** HTTP calls in flight for this tenant (default 4), shared by invoke, stream and batch. */
    public ExchangeClientBuilder maxConcurrency(int maxConcurrency) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be >= 1, got " + maxConcurrency);
        }
        this.maxConcurrency = maxConcurrency;
        return this;
    }

    /** Sub-requests per {@code $batch} call: 1 to 10 (default 10, as the module; the service takes at most 10). */
    public ExchangeClientBuilder batchSize(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH_SIZE + " (a $batch carries at most "
                    + MAX_BATCH_SIZE + " requests), got " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** At most this many HTTP calls per second on average (token bucket); unset = no rate limit. */
    public ExchangeClientBuilder rateLimit(double permitsPerSecond) {
        if (!(permitsPerSecond > 0)) {
            throw new IllegalArgumentException("rateLimit must be > 0, got " + permitsPerSecond);
        }
        this.rateLimit = permitsPerSecond;
        return this;
    }

    public ExchangeClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /** All time limits at once. */
    public ExchangeClientBuilder timeouts(Timeouts timeouts) {
        this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
        return this;
    }

    public ExchangeClientBuilder connectTimeout(Duration timeout) {
        this.timeouts = timeouts.withConnect(timeout);
        return this;
    }

    /** One HTTP request timeout for every cmdlet (overrides the per-cmdlet defaults). */
    public ExchangeClientBuilder requestTimeout(Duration timeout) {
        this.timeouts = timeouts.withPerRequest(timeout);
        return this;
    }

    /** Budget of one invocation: every attempt, wait and page. */
    public ExchangeClientBuilder overallTimeout(Duration timeout) {
        this.timeouts = timeouts.withOverall(timeout);
        return this;
    }

    /** The request timeout of one cmdlet. */
    public ExchangeClientBuilder cmdletTimeout(String cmdletName, Duration timeout) {
        this.timeouts = timeouts.withCmdlet(cmdletName, timeout);
        return this;
    }

    public ExchangeClientBuilder listener(ExchangeEventListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Encrypts SecureString/PSCredential values (default: sending one fails with an explanation). */
    public ExchangeClientBuilder secretEncoder(SecretEncoder secretEncoder) {
        this.secretEncoder = Objects.requireNonNull(secretEncoder, "secretEncoder");
        return this;
    }

    /**
     * Replaces the cloud's REST host (e.g. a simulator, or the other China host). Accepted: https, or http to a
     * loopback address. For Security &amp; Compliance it replaces the front door, which must stay within the
     * {@link #regionalHosts(RegionalHostRules) host rules}.
     *
     * @throws IllegalArgumentException for plain http to any other host, or another scheme
     */
    public ExchangeClientBuilder endpoint(URI endpoint) {
        this.endpoint = Endpoint.checkOverride(endpoint);
        return this;
    }

    /** Time source (tests). */
    public ExchangeClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** How waits happen (tests). */
    public ExchangeClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /**
     * A caller-owned HttpClient (its connect timeout applies; the client does not close it). It must not follow
     * redirects: the JDK's client resends every header, the bearer token included, to whatever host a 3xx names.
     *
     * @throws IllegalArgumentException when {@code httpClient.followRedirects()} is not {@code NEVER}
     */
    public ExchangeClientBuilder httpClient(HttpClient httpClient) {
        this.httpClient = NoRedirects.require(httpClient);
        return this;
    }

    /** Builds the client. */
    public ExchangeClient build() {
        if (tenant == null) {
            throw new IllegalStateException("ExchangeClient.builder().tenant(…) is required: the initial domain "
                    + "(contoso.onmicrosoft.com) or the tenant GUID");
        }
        TenantName.check(tenant);
        if (credentials == null && tokenProvider == null) {
            throw new IllegalStateException("ExchangeClient.builder() needs .credentials(…) or .tokenProvider(…)");
        }
        if (service == Service.SECURITY_COMPLIANCE) {
            complianceRules(); // fail at build time, not on the first call
        }
        TokenProvider tokens = tokenProvider != null ? tokenProvider
                : credentials.tokenProvider(new AuthContext(tenant, cloud.authority(), effectiveScope()));
        return new ExchangeClient(this, tokens);
    }

    /** The scope in force: the override, else the service's scope in the cloud. */
    String effectiveScope() {
        return scope != null ? scope : service.scope(cloud);
    }

    /** The Security &amp; Compliance host rules in force. */
    RegionalHostRules complianceRules() {
        RegionalHostRules rules = regionalHosts != null ? regionalHosts : RegionalHostRules.compliance(cloud);
        if (endpoint == null) {
            return rules;
        }
        try {
            return rules.withFrontDoor(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("endpoint(" + endpoint + ") cannot be the Security & Compliance front door: "
                    + e.getMessage() + ". For a local simulator use regionalHosts(RegionalHostRules.loopback(…))", e);
        }
    }
}
