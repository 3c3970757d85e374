package dev.exobindings.capture.client;

import dev.exobindings.capture.CaptureException;
import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.ExchangeClientBuilder;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.error.HostDiscoveryException;
import dev.exobindings.runtime.host.RegionalHostRules;
import java.net.http.HttpClient;

/**
 * The Security &amp; Compliance regional host of a tenant, found as the runtime's client finds it (the front door's
 * redirect, rewritten and checked by the cloud's {@link RegionalHostRules}), so a capture downloads the module of
 * the host its calls will go to. The token is the one the capture signed in with: discovery signs in no second time.
 */
public final class ComplianceHost {
    private ComplianceHost() {
    }

    /**
     * @param rules the host rules (null: the cloud's); {@code RegionalHostRules.loopback(…)} for a simulator
     * @param http  the capture's HttpClient (never following redirects), or null for the runtime's own
     */
    public static ServiceHost discovered(String tenant, Cloud cloud, RegionalHostRules rules, HttpClient http) {
        return token -> {
            ExchangeClientBuilder builder = ExchangeClient.builder().tenant(tenant).cloud(cloud)
                    .service(Service.SECURITY_COMPLIANCE).tokenProvider(request -> token);
            if (rules != null) {
                builder.regionalHosts(rules);
            }
            if (http != null) {
                builder.httpClient(http);
            }
            try (ExchangeClient client = builder.build()) {
                return client.serviceHost();
            } catch (HostDiscoveryException e) {
                throw failure(e, tenant);
            }
        };
    }

    /** One capture failure per status the discovery was answered with; the message keeps what discovery said. */
    static CaptureException failure(HostDiscoveryException e, String tenant) {
        String what = e.serviceMessage();
        return switch (e.httpStatus()) {
            case 401 -> new CaptureException(Kind.UNAUTHORIZED, what + ". The token is expired, issued for another"
                    + " tenant than '" + tenant + "', or not for Security & Compliance (its scope is the cloud's"
                    + " ps.compliance.protection host); sign in again.", e);
            case 403 -> new CaptureException(Kind.FORBIDDEN, what + ". The signed-in account holds no Security &"
                    + " Compliance role that allows it; give it one (for example Compliance Administrator), then"
                    + " capture again.", e);
            case 404 -> new CaptureException(Kind.UNKNOWN_TENANT, what + ". Give the tenant's initial domain or GUID,"
                    + " and the cloud it lives in.", e);
            default -> new CaptureException(Kind.SERVICE, what + ". Check the network and the cloud, or give the"
                    + " regional host itself as the endpoint.", e);
        };
    }
}
