package dev.exobindings.maven;

import dev.exobindings.capture.Capture;
import dev.exobindings.capture.CaptureException;
import dev.exobindings.capture.CaptureResult;
import dev.exobindings.capture.ServiceProducts;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.auth.MsalCredentials;
import dev.exobindings.runtime.auth.StaticCredentials;
import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.http.TenantName;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Captures a tenant's cmdlets from the service itself (the module text of EXOModuleFile and {@code $metadata}) and
 * writes a snapshot merged with the docs facts of the bundled snapshot, plus its report, provenance, traits and the
 * CSDL beside it. Secrets come from environment variables only, never from the POM:
 * <pre>
 * EXO_ACCESS_TOKEN=eyJ… mvn exo-bindings:capture -Dtenant=contoso.onmicrosoft.com
 * EXO_CLIENT_SECRET=… mvn exo-bindings:capture -Dtenant=contoso.onmicrosoft.com -DclientId=&lt;app id&gt;
 * EXO_CERTIFICATE_PASSWORD=… mvn exo-bindings:capture -Dtenant=… -DclientId=… -Dcertificate=app.pfx
 * </pre>
 */
@Mojo(name = "capture", requiresProject = false, threadSafe = true)
public class CaptureMojo extends AbstractMojo {

    /** The tenant: initial domain or GUID. */
    @Parameter(property = "tenant", required = true)
    String tenant;

    /** COMMERCIAL, GCC_HIGH, DOD or CHINA. */
    @Parameter(property = "cloud", defaultValue = "COMMERCIAL")
    String cloud;

    /** Another REST host (https, or http to a loopback address, e.g. the simulator). */
    @Parameter(property = "endpoint")
    String endpoint;

    /** Application id for app-only sign-in (with a secret or a certificate); unset = a token from the environment. */
    @Parameter(property = "clientId")
    String clientId;

    /** PKCS#12 certificate of the application; its password comes from {@code EXO_CERTIFICATE_PASSWORD}. */
    @Parameter(property = "certificate")
    File certificate;

    /**
     * {@code exchange-online} or {@code security-compliance} (the compliance scope, and the tenant's regional host
     * found through the cloud's front door unless {@code endpoint} names it). Default: the product of
     * {@code docsSnapshot}, else {@code exchange-online}.
     */
    @Parameter(property = "service")
    String service;

    /**
     * Name of the snapshot and of its files (lower-case words joined by '-'). Default: exchange-online-capture, or
     * security-compliance-capture.
     */
    @Parameter(property = "snapshotName")
    String snapshotName;

    /** The snapshot whose docs facts are merged in: a bundled name or a file. Default: the service's bundled one. */
    @Parameter(property = "docsSnapshot")
    String docsSnapshot;

    /** Where the snapshot and its companions are written. */
    // Not named outputDirectory: Maven hands a plugin-level <configuration> to every goal with a parameter of that
    // name, so generate's <outputDirectory> (a compile source root) would receive the capture's files.
    @Parameter(property = "captureDirectory", defaultValue = "${project.build.directory}/exo-bindings-capture")
    File captureDirectory;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File baseDirectory;

    /** This plugin, for the coordinates of the goal the capture tells the user to run next. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    org.apache.maven.plugin.descriptor.PluginDescriptor plugin;

    /** Environment lookup (tests replace it). */
    Function<String, String> environment = System::getenv;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Capture.Builder builder;
        try {
            builder = Capture.builder().tenant(TenantName.check(tenant, "<tenant> or -Dtenant=")).cloud(cloud())
                    .credentials(credentials()).outputDirectory(output());
            if (service != null && !service.isBlank()) {
                builder.service(service());
            }
            if (snapshotName != null && !snapshotName.isBlank()) {
                builder.snapshotName(snapshotName.strip());
            }
            if (docsSnapshot != null && !docsSnapshot.isBlank()) {
                builder.docsSnapshot(SnapshotInputs.nameOrFile(docsSnapshot.strip(), baseDirectory.toPath(),
                        "docsSnapshot").parse());
            }
            if (endpoint != null && !endpoint.isBlank()) {
                builder.endpoint(URI.create(endpoint.strip()));
            }
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("exo-bindings:capture: " + e.getMessage());
        }
        try {
            CaptureResult result = builder.run();
            getLog().info("exo-bindings capture of " + tenant + ": " + result.summary() + "; written: "
                    + result.written());
            nextSteps(result);
        } catch (CaptureException e) {
            throw new MojoFailureException("exo-bindings:capture failed (" + e.kind() + "): " + e.getMessage());
        } catch (IllegalStateException e) {
            // a docsSnapshot of the other product than the service
            throw new MojoFailureException("exo-bindings:capture: " + e.getMessage());
        }
    }

    /**
     * What to run next, as the command line prints it: the diff against the bundled snapshot (with the result models
     * for Exchange Online, whose CSDL is the bundled one), then the generate configuration.
     */
    private void nextSteps(CaptureResult result) {
        // relative to the project, as they go into its POM (an absolute path would tie the POM to this machine)
        String json = inProject(result.snapshotFile().orElseThrow());
        String csdl = inProject(result.metadataFile().orElseThrow());
        boolean exchangeOnline = result.snapshot().header().product() == Product.EXCHANGE_ONLINE;
        getLog().info("Compare: mvn " + diffGoal() + " -DoldSnapshot=" + (exchangeOnline
                ? BundledSnapshots.EXCHANGE_ONLINE : BundledSnapshots.SECURITY_COMPLIANCE) + " -DnewSnapshot=" + json
                + (exchangeOnline ? " -Dexo-bindings.diff.newCsdl=" + csdl : ""));
        getLog().info("Then generate with <snapshot>" + json + "</snapshot> <csdl>" + csdl + "</csdl>");
        keepHint(result.snapshotFile().orElseThrow().getParent(), baseDirectory.toPath()).ifPresent(getLog()::warn);
    }

    /** {@code file} relative to the project directory with '/' separators when it lies inside it, else as is. */
    private String inProject(Path file) {
        Path base = baseDirectory.toPath().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString().replace('\\', '/') : file.toString();
    }

    /**
     * Where the capture went into the build folder (the default), the files a build is to generate from would go
     * with the next {@code mvn clean}: say to keep them with the sources.
     */
    static java.util.Optional<String> keepHint(Path folder, Path base) {
        Path target = base.toAbsolutePath().normalize().resolve("target");
        if (!folder.toAbsolutePath().normalize().startsWith(target)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("The capture is in " + folder + ", which mvn clean deletes: copy the .json and"
                + " .metadata.xml you generate from next to your sources (e.g. snapshots/) and point <snapshot> and"
                + " <csdl> there, or capture with -DcaptureDirectory=snapshots.");
    }

    /**
     * The diff goal with the plugin's full coordinates: the {@code exo-bindings:} prefix resolves only inside a project
     * that declares the plugin or with {@code dev.exobindings} among the settings' plugin groups, and the capture also
     * runs without either.
     */
    String diffGoal() {
        return plugin == null ? "exo-bindings:diff"
                : plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion() + ":diff";
    }

    private Service service() throws MojoFailureException {
        return ServiceProducts.parse(service).orElseThrow(() -> new MojoFailureException("exo-bindings:capture:"
                + " service '" + service + "' is not one of " + ServiceProducts.spellings()));
    }

    private Path output() {
        String path = captureDirectory.getPath();
        // Without a project, ${project.build.directory} stays uninterpolated.
        return path.contains("${") ? baseDirectory.toPath().resolve("target/exo-bindings-capture")
                : captureDirectory.toPath();
    }

    private Cloud cloud() throws MojoFailureException {
        try {
            return Cloud.valueOf(cloud.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("exo-bindings:capture: cloud '" + cloud + "' is not one of COMMERCIAL, "
                    + "GCC_HIGH, DOD, CHINA");
        }
    }

    Credentials credentials() throws MojoFailureException {
        if (clientId == null || clientId.isBlank()) {
            String token = environment.apply("EXO_ACCESS_TOKEN");
            if (token == null || token.isBlank()) {
                throw new MojoFailureException("exo-bindings:capture needs a sign-in: set EXO_ACCESS_TOKEN to an "
                        + "access token for the Exchange Online resource, or give -DclientId with EXO_CLIENT_SECRET "
                        + "or -Dcertificate (password in EXO_CERTIFICATE_PASSWORD)");
            }
            return StaticCredentials.token(token);
        }
        if (certificate != null) {
            String password = environment.apply("EXO_CERTIFICATE_PASSWORD");
            try (InputStream pfx = Files.newInputStream(certificate.toPath())) {
                return MsalCredentials.certificate(clientId, pfx, password == null ? new char[0]
                        : password.toCharArray());
            } catch (IOException e) {
                throw new MojoFailureException("exo-bindings:capture: cannot read the certificate " + certificate
                        + ": " + e.getMessage());
            }
        }
        String secret = environment.apply("EXO_CLIENT_SECRET");
        if (secret == null || secret.isBlank()) {
            throw new MojoFailureException("exo-bindings:capture: -DclientId is set but neither -Dcertificate nor "
                    + "the EXO_CLIENT_SECRET environment variable is");
        }
        return MsalCredentials.clientSecret(clientId, secret);
    }
}
