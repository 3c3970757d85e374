package dev.exobindings.cli;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.capture.ServiceProducts;
import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.simulator.ExoSimulator;
import dev.exobindings.simulator.Faults;
import dev.exobindings.simulator.tenant.TenantDomains;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code exo-bindings simulate}: the loopback Exchange Online simulator as a process. Prints what a client needs —
 * the base URI for {@code ExchangeClient.builder().endpoint(…)}, the tenant, and a token that
 * {@code StaticCredentials.token(…)} accepts — then serves until Ctrl-C (or {@code --stop-after}).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Runs the Exchange Online simulator on 127.0.0.1 until Ctrl-C.",
                "Prints base-uri, tenant and token; counters and the call journal are at GET <base-uri>/_sim/counters"
                        + " and /_sim/journal (DELETE either, or POST /_sim/reset, to start over).",
                "Example: exo-bindings simulate --port 0 --mailboxes 5000 --faults throttle=0.1:2,error=0.02:503,latency=20:10"})
final class SimulateCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--mailboxes", defaultValue = "1000", description = "Seeded mailboxes (up to 1000000). Default: ${DEFAULT-VALUE}.")
    int mailboxes;

    @Option(names = "--seed", defaultValue = "1", description = "Tenant seed: same seed, same tenant. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--tenant", defaultValue = "contoso.onmicrosoft.com", description = "Initial domain. Default: ${DEFAULT-VALUE}.")
    String tenant;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--service", paramLabel = "SERVICE", converter = ServiceName.class,
            description = "exchange-online (default) or security-compliance: a front door that redirects to a regional"
                    + " host, as the service does; the snapshot defaults to the service's bundled one.")
    Service service;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Also accept this static bearer token (repeatable).")
    List<String> tokens = List.of();

    @Option(names = "--allow", split = ",", paramLabel = "CMDLET", description = "Only these cmdlets (the caller's role); others get 403.")
    List<String> allowed; // null when --allow is not given; empty when it is given without a name

    @Option(names = "--faults", paramLabel = "SPEC", converter = FaultSpec.class,
            description = "Injected faults, comma-separated: " + FaultSpec.SYNTAX + ".")
    Faults faults;

    @Option(names = "--stop-after", paramLabel = "DURATION", converter = IsoDuration.class,
            description = "Stop after this long (e.g. PT10M); default: until Ctrl-C.")
    Duration stopAfter;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    SimulateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        // Out-of-range values are command-line mistakes (exit 2), like an unknown option.
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
        }
        if (mailboxes < 0 || mailboxes > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--mailboxes must be 0..1000000, got " + mailboxes);
        }
        try {
            TenantDomains.check(tenant);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--tenant: " + e.getMessage());
        }
        if (tokens.stream().anyMatch(String::isBlank)) {
            throw new ParameterException(spec.commandLine(), "--token must not be blank: give the token clients "
                    + "will send, or leave --token out and use the printed one");
        }
        if (stopAfter != null && stopAfter.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--stop-after must not be negative, got " + stopAfter);
        }
        SnapshotArgument served = service == Service.SECURITY_COMPLIANCE
                && !spec.commandLine().getParseResult().hasMatchedOption("--snapshot")
                ? SnapshotArgument.resolve(BundledSnapshots.SECURITY_COMPLIANCE, "--service")
                : snapshot.resolve();
        // without --service, the snapshot's product decides: S&C cmdlets are served behind S&C's front door
        boolean compliance = (service != null ? service
                : ServiceProducts.serviceOf(served.snapshot().header().product())) == Service.SECURITY_COMPLIANCE;
        if (service != null && served.snapshot().header().product() != ServiceProducts.productOf(service)) {
            throw new ParameterException(spec.commandLine(), "--snapshot " + snapshot.value + " describes "
                    + SnapshotSpelling.spell(served.snapshot().header().product()) + ", not the --service "
                    + SnapshotSpelling.spell(ServiceProducts.productOf(service)) + ": give a snapshot of that product, or"
                    + " leave --snapshot out");
        }
        Faults planned = faults != null ? faults : Faults.none();
        ExoSimulator.Builder builder = ExoSimulator.builder().port(port).seed(seed).mailboxes(mailboxes).tenant(tenant)
                .snapshot(served.snapshot()).faults(planned);
        if (compliance) {
            builder.securityCompliance();
        }
        tokens.forEach(builder::token);
        if (allowed != null) {
            builder.allowedCmdlets(allowedCmdlets(served));
        }
        try (ExoSimulator simulator = start(builder)) {
            String base = simulator.baseUri().toString();
            context.out().println("base-uri: " + base);
            context.out().println("tenant: " + simulator.tenant().domains().initialDomain());
            context.out().println("tenant-id: " + simulator.tenant().tenantId());
            context.out().println("token: " + simulator.issueToken());
            context.out().println("counters: " + base + "/_sim/counters");
            context.out().println("journal: " + base + "/_sim/journal");
            context.out().println("faults: " + planned);
            String client = "ExchangeClient.builder().tenant(\"" + simulator.tenant().domains().initialDomain() + "\")";
            if (compliance) {
                // the client finds the regional host through this front door, as against the service
                context.out().println("regional-uri: " + simulator.regionalBaseUri());
                client += ".service(Service.SECURITY_COMPLIANCE).regionalHosts(RegionalHostRules.loopback(URI.create(\""
                        + base + "\"), " + ExoSimulator.locationPort() + ", " + simulator.regionalBaseUri().getPort()
                        + "))";
            } else {
                client += ".endpoint(URI.create(\"" + base + "\"))";
            }
            context.out().println("ready: " + client + ".credentials(StaticCredentials.token(<token>)); Ctrl-C stops");
            context.out().flush();
            if (stopAfter == null) {
                context.stop().await();
            } else {
                context.stop().await(stopAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        return ExoBindingsCli.OK;
    }

    /**
     * The {@code --allow} list, each name a cmdlet of the served snapshot: a misspelt name would otherwise make a
     * role that silently refuses the cmdlet the user meant.
     */
    private Set<String> allowedCmdlets(SnapshotArgument served) {
        Set<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        served.snapshot().cmdlets().forEach(c -> known.add(c.name()));
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : allowed) {
            String trimmed = name.strip();
            if (!trimmed.isEmpty()) {
                names.add(trimmed);
                if (!known.contains(trimmed)) {
                    unknown.add(trimmed);
                }
            }
        }
        if (names.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--allow names no cmdlet: give cmdlet names separated "
                    + "by commas, e.g. --allow Get-Mailbox,Set-Mailbox");
        }
        List<String> clientSide = names.stream().filter(n -> ClientSideCmdlets.reason(n).isPresent()).toList();
        if (!clientSide.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--allow: " + String.join(", ", clientSide)
                    + (clientSide.size() == 1 ? " runs" : " run") + " on the client, inside the ExchangeOnlineManagement"
                    + " module; the service (and so the simulator) never runs it: leave it out");
        }
        if (!unknown.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--allow: " + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not a cmdlet" : " are not cmdlets") + " of " + served.label()
                    + "; check the spelling (cmdlet names look like Get-Mailbox)");
        }
        return names;
    }

    private static ExoSimulator start(ExoSimulator.Builder builder) {
        try {
            return builder.build().start();
        } catch (java.io.UncheckedIOException e) {
            throw new UserError(e.getMessage() + " — choose another --port, or --port 0 for a free one");
        }
    }
}
