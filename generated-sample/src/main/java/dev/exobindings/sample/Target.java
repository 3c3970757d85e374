package dev.exobindings.sample;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.ExchangeClientBuilder;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.auth.MsalCredentials;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.host.RegionalHostRules;
import dev.exobindings.simulator.ExoSimulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Where the sample runs: a real tenant when {@code EXO_TENANT} and app credentials are in the environment,
 * otherwise two simulators embedded in this process (Exchange Online, and Security &amp; Compliance mode).
 */
final class Target implements AutoCloseable {
    static final String SIMULATOR_TOKEN = "sample-token";

    private final ExoSimulator simulator;
    private final ExoSimulator complianceSimulator;
    private final ExchangeClientBuilder client;
    private final ExchangeClientBuilder complianceClient;
    private final String description;
    private final boolean writesAllowed;

    private Target(ExoSimulator simulator, ExoSimulator complianceSimulator, ExchangeClientBuilder client,
                   ExchangeClientBuilder complianceClient, String description, boolean writesAllowed) {
        this.simulator = simulator;
        this.complianceSimulator = complianceSimulator;
        this.client = client;
        this.complianceClient = complianceClient;
        this.description = description;
        this.writesAllowed = writesAllowed;
    }

    /** Chooses the target from environment variables (see the module README). */
    static Target fromEnvironment(Map<String, String> env, int simulatedMailboxes) {
        String tenant = env.get("EXO_TENANT");
        if (tenant == null || tenant.isBlank()) {
            return embeddedSimulator(simulatedMailboxes);
        }
        String clientId = required(env, "EXO_CLIENT_ID");
        Credentials credentials;
        String certificate = env.get("EXO_CERTIFICATE_PATH");
        if (certificate != null && !certificate.isBlank()) {
            char[] password = env.getOrDefault("EXO_CERTIFICATE_PASSWORD", "").toCharArray();
            try (InputStream pfx = Files.newInputStream(Path.of(certificate))) {
                credentials = MsalCredentials.certificate(clientId, pfx, password);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read EXO_CERTIFICATE_PATH " + certificate, e);
            }
        } else {
            credentials = MsalCredentials.clientSecret(clientId, required(env, "EXO_CLIENT_SECRET"));
        }
        boolean writes = Boolean.parseBoolean(env.getOrDefault("EXO_SAMPLE_WRITE", "false"));
        // the same app signs in to both services; the builder asks for each service's own scope
        return new Target(null, null, ExchangeClient.builder().tenant(tenant).credentials(credentials),
                ExchangeClient.builder().tenant(tenant).service(Service.SECURITY_COMPLIANCE).credentials(credentials),
                "tenant " + tenant, writes);
    }

    /** A fresh simulator on an ephemeral loopback port. */
    static Target embeddedSimulator(int mailboxes) {
        ExoSimulator simulator = ExoSimulator.builder().seed(1).mailboxes(mailboxes).token(SIMULATOR_TOKEN)
                .build().start();
        ExchangeClientBuilder builder = ExchangeClient.builder()
                .tenant(simulator.tenant().domains().initialDomain())
                .endpoint(simulator.baseUri())
                .tokenProvider(request -> new AccessToken(SIMULATOR_TOKEN, Instant.MAX));
        ExoSimulator compliance = ExoSimulator.builder().securityCompliance().seed(1).token(SIMULATOR_TOKEN)
                .build().start();
        return new Target(simulator, compliance, builder, complianceClient(compliance, SIMULATOR_TOKEN),
                "embedded simulator at " + simulator.baseUri() + " (" + mailboxes + " mailboxes)", true);
    }

    /**
     * A Security &amp; Compliance client for a simulator in that mode: the production host rules need
     * {@code *.ps.compliance.protection.outlook.com} over https, so the loopback rules stand in for them (front
     * door, port 446 rewritten to the regional host, the two regional hosts as the family).
     */
    static ExchangeClientBuilder complianceClient(ExoSimulator compliance, String token) {
        return ExchangeClient.builder().tenant(compliance.tenant().domains().initialDomain())
                .service(Service.SECURITY_COMPLIANCE)
                .regionalHosts(RegionalHostRules.loopback(compliance.baseUri(), ExoSimulator.locationPort(),
                        compliance.regionalBaseUri().getPort(), compliance.secondaryRegionalBaseUri().getPort()))
                .tokenProvider(request -> new AccessToken(token, Instant.MAX));
    }

    private static String required(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set: with EXO_TENANT set, the sample also needs "
                    + "EXO_CLIENT_ID and either EXO_CERTIFICATE_PATH (+ EXO_CERTIFICATE_PASSWORD) or EXO_CLIENT_SECRET");
        }
        return value;
    }

    /** The client builder, already pointed at the target; the caller adds its listener. */
    ExchangeClientBuilder clientBuilder() {
        return client;
    }

    /** The Security &amp; Compliance client builder of the same tenant. */
    ExchangeClientBuilder complianceClientBuilder() {
        return complianceClient;
    }

    String description() {
        return description;
    }

    /** Against a real tenant the sample changes nothing unless EXO_SAMPLE_WRITE=true. */
    boolean writesAllowed() {
        return writesAllowed;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
        }
        if (complianceSimulator != null) {
            complianceSimulator.close();
        }
    }
}
