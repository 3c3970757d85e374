package dev.exobindings.simulator;

import com.sun.net.httpserver.HttpServer;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.simulator.cmdlets.CmdletDispatcher;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.simulator.http.AuthGate;
import dev.exobindings.simulator.http.CallerRoles;
import dev.exobindings.simulator.http.ComplianceRouting;
import dev.exobindings.simulator.http.FrontDoorHandler;
import dev.exobindings.simulator.http.RegionalHandler;
import dev.exobindings.simulator.http.ConcurrencyGate;
import dev.exobindings.simulator.http.FaultInjector;
import dev.exobindings.simulator.http.InvokePipeline;
import dev.exobindings.simulator.http.ModuleKey;
import dev.exobindings.simulator.http.ServiceContext;
import dev.exobindings.simulator.http.SimControlHandler;
import dev.exobindings.simulator.http.SimulatorHttpHandler;
import dev.exobindings.simulator.protocol.ModuleTraits;
import dev.exobindings.simulator.tenant.Tenant;
import dev.exobindings.simulator.tenant.TenantDomains;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback Exchange Online: the InvokeCommand, {@code $batch}, EXOModuleFile and {@code $metadata} endpoints over a seeded
 * in-memory tenant, bound to 127.0.0.1 only.
 *
 * <pre>{@code
 * try (ExoSimulator exo = ExoSimulator.builder().seed(1).mailboxes(10_000).build().start();
 *      ExchangeClient client = ExchangeClient.builder().tenant("contoso.onmicrosoft.com").endpoint(exo.baseUri())
 *              .credentials(StaticCredentials.token(exo.issueToken())).build()) {   // an issued token is a JWT
 *     URI invoke = exo.invokeCommandUri();   // http://127.0.0.1:<port>/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand
 *     ...
 *     assertEquals(1, exo.counters().applied("Set-Mailbox", "megan.bowen17"));
 * }
 * }</pre>
 */
public final class ExoSimulator implements AutoCloseable {
    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle plus delayed ACKs add ~40 ms
        // to every small response. The property is read once, when the JDK server classes load.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final Builder settings;
    private final Tenant tenant;
    private final SimulatorCounters counters = new SimulatorCounters();
    private final CallJournal journal = new CallJournal();
    private final AuthGate auth;
    private volatile ModuleKey moduleKey;
    private HttpServer server;
    private HttpServer primaryRegion;
    private HttpServer secondaryRegion;
    private final ComplianceRouting routing = new ComplianceRouting();
    private ExecutorService executor;

    private ExoSimulator(Builder settings) {
        this.settings = settings;
        this.tenant = new Tenant(settings.seed, settings.tenant, settings.mailboxes);
        this.auth = new AuthGate(settings.tokens, tenant.tenantId());
    }

    /** A builder with defaults: seed 1, 100 mailboxes, tenant contoso.onmicrosoft.com, port 0, no faults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds 127.0.0.1 and starts serving; returns this. */
    public synchronized ExoSimulator start() {
        if (server != null) {
            throw new IllegalStateException("the simulator is already started");
        }
        FaultInjector injector = new FaultInjector(settings.faults);
        CmdletDispatcher dispatcher = new CmdletDispatcher(settings.snapshot, tenant, counters);
        ServiceContext context = new ServiceContext(tenant, new InvokePipeline(dispatcher, injector, counters, journal), auth,
                new ConcurrencyGate(settings.faults.concurrencyLimit()), counters,
                new ModuleFileService(settings.snapshot, settings.moduleTraits, () -> moduleKey().publicKeyXml()),
                new CallerRoles(settings.allowedCmdlets, settings.roles));
        server = bind(settings.port);
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newFixedThreadPool(settings.threads, r -> {
            Thread thread = new Thread(r, "exo-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        if (settings.securityCompliance) {
            // front door on the configured port; the API on two regional hosts (the second is where a moved tenant goes)
            primaryRegion = bind(0);
            secondaryRegion = bind(0);
            String secondary = base(secondaryRegion);
            primaryRegion.createContext("/", new RegionalHandler(new SimulatorHttpHandler(context,
                    () -> base(primaryRegion)), routing, "region-a", true, secondary));
            secondaryRegion.createContext("/", new RegionalHandler(new SimulatorHttpHandler(context,
                    () -> secondary), routing, "region-b", false, secondary));
            server.createContext("/", new FrontDoorHandler(context, routing));
            for (HttpServer region : List.of(primaryRegion, secondaryRegion)) {
                region.setExecutor(executor);
                region.start();
            }
        } else {
            server.createContext("/", new SimulatorHttpHandler(context, this::baseUriText));
        }
        // Outside the service's paths: never faulted, counted or journaled, no token needed (loopback only).
        server.createContext(SimControlHandler.PATH, new SimControlHandler(counters, journal));
        server.start();
        return this;
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port
                    + " (is the port in use? use port 0 for an ephemeral one)", e);
        }
    }

    private static String base(HttpServer s) {
        return "http://127.0.0.1:" + s.getAddress().getPort();
    }

    /**
     * Security &amp; Compliance mode: the regional host the front door's redirect leads to (after the client
     * rewrites port {@value ComplianceRouting#LOCATION_PORT} to this host's port).
     */
    public URI regionalBaseUri() {
        return URI.create(base(region(primaryRegion)));
    }

    /** Security &amp; Compliance mode: the second regional host, where {@link #moveTenant()} sends calls. */
    public URI secondaryRegionalBaseUri() {
        return URI.create(base(region(secondaryRegion)));
    }

    /** Security &amp; Compliance mode: from now on the regional host redirects (307) every call to the second one. */
    public void moveTenant() {
        region(primaryRegion);
        routing.move();
    }

    /** Security &amp; Compliance mode: the next call to a regional host is answered 307 with {@code location}. */
    public void redirectNextCall(String location) {
        region(primaryRegion);
        routing.redirectNext(location);
    }

    /** Security &amp; Compliance mode: bootstrap requests the front door answered with its redirect. */
    public long bootstraps() {
        return routing.bootstraps();
    }

    /** The port the front door's {@code Location} names ({@value ComplianceRouting#LOCATION_PORT}). */
    public static int locationPort() {
        return ComplianceRouting.LOCATION_PORT;
    }

    private HttpServer region(HttpServer s) {
        if (!settings.securityCompliance) {
            throw new IllegalStateException("regional hosts exist only in Security & Compliance mode: "
                    + "ExoSimulator.builder().securityCompliance()");
        }
        if (s == null) {
            throw new IllegalStateException("the simulator is not started; call start() first");
        }
        return s;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return URI.create(baseUriText());
    }

    /** The tenant's InvokeCommand URI. */
    public URI invokeCommandUri() {
        return URI.create(baseUriText() + "/adminapi/beta/" + tenant.domains().initialDomain() + "/InvokeCommand");
    }

    /** The tenant's {@code $batch} URI. */
    public URI batchUri() {
        return URI.create(baseUriText() + "/adminapi/beta/" + tenant.domains().initialDomain() + "/$batch");
    }

    /** The port, once started. */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("the simulator is not started; call start() first");
        }
        return server.getAddress().getPort();
    }

    /** The seeded tenant (read it to know names; change it only through cmdlets). */
    public Tenant tenant() {
        return tenant;
    }

    /** Counters of requests, faults and applied operations. */
    public SimulatorCounters counters() {
        return counters;
    }

    /** The last InvokeCommand calls received (cmdlet, parameters, headers, status), for checking what a client sent. */
    public CallJournal journal() {
        return journal;
    }

    /**
     * Issues a bearer token the simulator accepts: a JWT ({@code aud}, {@code tid}, {@code exp} 24 h ahead), so
     * {@code StaticCredentials.token(…)} takes it (a static {@code token("T")} is not a JWT and it refuses that).
     */
    public String issueToken() {
        return auth.issue();
    }

    /** Stops accepting a token issued by {@link #issueToken()} (simulates expiry: calls get 401). */
    public void revokeToken(String token) {
        auth.revoke(token);
    }

    /** The RSA public key of the module, as the {@code $PublicKey} line carries it. */
    public String publicKeyXml() {
        return moduleKey().publicKeyXml();
    }

    /**
     * Decrypts a SecureString/PSCredential value a client encrypted with {@link #publicKeyXml()} (base64 of RSA
     * PKCS#1 v1.5 over the UTF-8 text), so a test can check what was sent.
     */
    public String decryptSecret(String base64) {
        return moduleKey().decrypt(base64);
    }

    /** The module key, generated on first use (RSA generation costs up to a second; most tests never need it). */
    private synchronized ModuleKey moduleKey() {
        if (moduleKey == null) {
            moduleKey = ModuleKey.generate();
        }
        return moduleKey;
    }

    /** Stops the server. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            if (primaryRegion != null) {
                primaryRegion.stop(0);
                secondaryRegion.stop(0);
                primaryRegion = null;
                secondaryRegion = null;
            }
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    private String baseUriText() {
        return "http://127.0.0.1:" + port();
    }

    /** Settings of a simulator. */
    public static final class Builder {
        private long seed = 1;
        private int mailboxes = 100;
        private String tenant = "contoso.onmicrosoft.com";
        private Snapshot snapshot;
        private final List<String> tokens = new ArrayList<>();
        private final Set<String> allowedCmdlets = new LinkedHashSet<>();
        private final Map<String, Set<String>> roles = new LinkedHashMap<>();
        private Function<Cmdlet, ModuleTraits> moduleTraits = ModuleTraits::of;
        private Faults faults = Faults.none();
        private int port;
        private int threads = 32;
        private boolean securityCompliance;

        private Builder() {
        }

        /**
         * Security &amp; Compliance mode: the server on {@link #port(int)} is the front door (every call is redirected
         * to port 446), two more loopback listeners are the regional hosts serving the API with the bundled
         * security-compliance snapshot (unless {@link #snapshot(Snapshot)} is given).
         */
        public Builder securityCompliance() {
            securityCompliance = true;
            return this;
        }

        /** Seed of the tenant (same seed → same tenant). */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** Number of mailboxes, 0 to 1 000 000 (generated on demand). */
        public Builder mailboxes(int count) {
            if (count < 0 || count > 1_000_000) {
                throw new IllegalArgumentException("mailboxes must be between 0 and 1000000, got " + count);
            }
            mailboxes = count;
            return this;
        }

        /**
         * The tenant: an organisation name or its {@code .onmicrosoft.com} domain.
         *
         * @throws IllegalArgumentException when it is neither (a space, a slash, an empty label …)
         */
        public Builder tenant(String domain) {
            tenant = TenantDomains.check(Objects.requireNonNull(domain, "tenant"));
            return this;
        }

        /**
         * The snapshot the simulator validates calls against and serves as EXOModuleFile; default: the bundled
         * Exchange Online snapshot.
         */
        public Builder snapshot(Snapshot value) {
            snapshot = Objects.requireNonNull(value, "snapshot");
            return this;
        }

        /** A static bearer token to accept (may be called several times). */
        public Builder token(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            tokens.add(value);
            return this;
        }

        /** The caller's role: only these cmdlets may be called (others get 403); none given = every cmdlet. */
        public Builder allowedCmdlets(Set<String> cmdlets) {
            allowedCmdlets.addAll(cmdlets);
            return this;
        }

        /**
         * A static token with its own role: EXOModuleFile shows that token only these cmdlets (RBAC trimming);
         * an empty set is a caller without any Exchange role, refused with 403. Also registers the token.
         */
        public Builder role(String token, Set<String> cmdlets) {
            token(token);
            roles.put(token, Set.copyOf(cmdlets));
            return this;
        }

        /**
         * The traits the module text writes per cmdlet (ConfirmImpact, batching, routing, timeout); default: the
         * snapshot's traits, {@link ModuleTraits#DEFAULT} where it has none.
         */
        public Builder moduleTraits(Function<Cmdlet, ModuleTraits> traits) {
            moduleTraits = Objects.requireNonNull(traits, "traits");
            return this;
        }

        /** Fault and load knobs. */
        public Builder faults(Faults value) {
            faults = Objects.requireNonNull(value, "faults");
            return this;
        }

        /** Port to bind on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + value);
            }
            port = value;
            return this;
        }

        /** Server threads (concurrent requests served), default 32. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be >= 1, got " + value);
            }
            threads = value;
            return this;
        }

        /** The simulator, not yet started. */
        public ExoSimulator build() {
            Builder copy = new Builder();
            copy.seed = seed;
            copy.mailboxes = mailboxes;
            copy.tenant = tenant;
            copy.snapshot = snapshot != null ? snapshot
                    : securityCompliance ? BundledSnapshots.securityCompliance() : DefaultSnapshot.get();
            copy.securityCompliance = securityCompliance;
            copy.tokens.addAll(tokens);
            copy.allowedCmdlets.addAll(allowedCmdlets);
            copy.roles.putAll(roles);
            copy.moduleTraits = moduleTraits;
            copy.faults = faults;
            copy.port = port;
            copy.threads = threads;
            return new ExoSimulator(copy);
        }
    }
}
