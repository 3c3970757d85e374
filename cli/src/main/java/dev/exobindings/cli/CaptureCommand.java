package dev.exobindings.cli;

import dev.exobindings.capture.Capture;
import dev.exobindings.capture.CaptureException;
import dev.exobindings.capture.CaptureResult;
import dev.exobindings.capture.ServiceProducts;
import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.cloud.Service;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code exo-bindings capture}: the tenant's cmdlets from the service itself (module text and {@code $metadata}),
 * merged with the docs facts of a snapshot and written as a snapshot plus its companions — or nothing at all when
 * any step fails (the library behind the plugin's {@code capture} goal).
 */
@Command(name = "capture", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Downloads the module text (EXOModuleFile) and $metadata of a tenant, parses the text and"
                + " writes <name>.json, .metadata.xml, .psm1, .traits.tsv, .provenance.tsv and .capture-report.txt"
                + " into --output. Secrets come from environment variables only.",
                "Example: exo-bindings capture --tenant contoso.onmicrosoft.com --output snapshots"
                        + "   (with EXO_ACCESS_TOKEN=eyJ... in the environment)"})
final class CaptureCommand implements Callable<Integer> {
    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ServiceOptions service;

    @Mixin
    CredentialOptions sign;

    @Option(names = "--service", paramLabel = "SERVICE", converter = ServiceName.class,
            description = "exchange-online or security-compliance (signs in with the compliance scope and downloads"
                    + " from the tenant's regional host, found through the cloud's front door unless --endpoint names"
                    + " it). Default: the product of --docs-snapshot, else exchange-online.")
    Service captured;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Name of the snapshot and of its files (lower-case words joined by '-'). Default:"
                    + " exchange-online-capture, or security-compliance-capture.")
    String snapshotName;

    @Option(names = "--docs-snapshot", paramLabel = "NAME|FILE",
            description = "The snapshot whose docs facts (types, value lists, links) are merged in. Default: the"
                    + " bundled snapshot of the service (exchange-online, security-compliance).")
    String docsSnapshot;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "exo-bindings-capture",
            description = "Folder the files are written to. Default: ${DEFAULT-VALUE}.")
    Path output;

    @Mixin
    CommonOptions common;

    CaptureCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        String tenant = service.checkedTenant(commandLine);
        URI endpoint = service.checkedEndpoint(commandLine);
        Credentials credentials = sign.credentials(context.environment(), commandLine);
        Capture.Builder builder = Capture.builder().tenant(tenant).cloud(service.cloud).credentials(credentials)
                .outputDirectory(output);
        if (captured != null) {
            builder.service(captured);
        }
        if (docsSnapshot != null) {
            Snapshot docs = SnapshotArgument.resolve(docsSnapshot, "--docs-snapshot").snapshot();
            if (captured != null && docs.header().product() != ServiceProducts.productOf(captured)) {
                throw new CommandLine.ParameterException(commandLine, "--docs-snapshot " + docsSnapshot + " describes "
                        + SnapshotSpelling.spell(docs.header().product()) + ", not the --service "
                        + SnapshotSpelling.spell(ServiceProducts.productOf(captured)) + " captured: give a snapshot of that"
                        + " product, or leave --docs-snapshot out");
            }
            builder.docsSnapshot(docs);
        }
        if (snapshotName != null) {
            try {
                builder.snapshotName(snapshotName);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "--name: " + e.getMessage());
            }
        }
        if (endpoint != null) {
            builder.endpoint(endpoint);
        }
        CaptureResult result;
        try (Progress progress = Progress.start(context.err(), "capturing " + tenant)) {
            result = builder.run();
        } catch (CaptureException e) {
            throw new UserError("capture failed (" + e.kind() + "), nothing written: " + e.getMessage(), e);
        }
        context.out().println("captured " + tenant + ": " + result.summary() + "; " + result.written().size()
                + " files written into " + output);
        CaptureNextSteps steps = CaptureNextSteps.of(result);
        context.out().println("compare: " + steps.compare());
        context.out().println("next: " + steps.generate());
        return ExoBindingsCli.OK;
    }
}
