package dev.exobindings.cli;

import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.http.Endpoint;
import dev.exobindings.runtime.http.TenantName;
import java.net.URI;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which service a command talks to, as the runtime's client builder takes it: tenant, cloud, endpoint override. */
final class ServiceOptions {
    @Option(names = "--tenant", required = true, paramLabel = "TENANT",
            description = "The tenant: initial domain (contoso.onmicrosoft.com) or tenant GUID.")
    String tenant;

    @Option(names = "--cloud", paramLabel = "CLOUD", defaultValue = "COMMERCIAL",
            description = "One of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Cloud cloud;

    @Option(names = "--endpoint", paramLabel = "URI",
            description = "Another REST host: https, or http to a loopback address (e.g. the simulator's base-uri).")
    URI endpoint;

    /** The tenant, checked as the client builder checks it (a bad one is a usage error naming the option). */
    String checkedTenant(CommandLine commandLine) {
        try {
            return TenantName.check(tenant, "--tenant");
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--tenant: " + e.getMessage());
        }
    }

    /** The endpoint override, checked as the client builder checks it (a bad one is a usage error), or null. */
    URI checkedEndpoint(CommandLine commandLine) {
        if (endpoint == null) {
            return null;
        }
        try {
            return Endpoint.checkOverride(endpoint);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "--endpoint: " + e.getMessage());
        }
    }
}
