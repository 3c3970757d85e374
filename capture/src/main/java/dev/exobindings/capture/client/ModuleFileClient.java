package dev.exobindings.capture.client;

import dev.exobindings.capture.CaptureException;
import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.AuthContext;
import dev.exobindings.runtime.auth.AuthenticationFailedException;
import dev.exobindings.runtime.auth.Credentials;
import dev.exobindings.runtime.auth.TokenRequest;
import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.cloud.Service;
import dev.exobindings.runtime.http.AnchorResolver;
import dev.exobindings.runtime.http.BoundedBody;
import dev.exobindings.runtime.http.WholeExchange;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Downloads what the module downloads at connect time: {@code GET /AdminApi/v1.0/{tenant}/EXOModuleFile} with the
 * bootstrap headers of the protocol reference §(b), then {@code GET /adminapi/beta/{tenant}/$metadata}. Signs in with
 * any runtime {@link Credentials}, given the tenant, the cloud's authority and scope, as the client builder does.
 */
public final class ModuleFileClient {
    private final String tenant;
    private final Cloud cloud;
    private final Service service;
    private final ServiceHost host;
    private final Credentials credentials;
    private final String moduleVersion;
    private final Duration timeout;
    private final HttpClient http;
    /** A cap on each answer read into memory: a broken or hostile endpoint must not exhaust the heap. */
    private static final int MAX_ANSWER_BYTES = 64 << 20;

    /**
     * @param service       whose token scope and app-only anchor the downloads carry, as the runtime's client
     * @param host          where the downloads go: the cloud's REST base, a checked override, or for Security &amp;
     *                      Compliance the regional host discovered with the signed-in token
     * @param moduleVersion sent as {@code Version} and {@code exomodule-version}
     */
    public ModuleFileClient(String tenant, Cloud cloud, Service service, ServiceHost host, Credentials credentials,
                            String moduleVersion, Duration timeout, HttpClient http) {
        this.tenant = tenant;
        this.cloud = cloud;
        this.service = service;
        this.host = host;
        this.credentials = credentials;
        this.moduleVersion = moduleVersion;
        this.timeout = timeout;
        this.http = http;
    }

    /** Signs in, downloads the module text and {@code $metadata}. */
    public ServiceDownload download() {
        AccessToken signedIn = signIn();
        URI base = host.resolve(signedIn);
        String token = signedIn.token();
        String connectionId = UUID.randomUUID().toString();
        String root = trimSlash(base.toString());
        String encodedTenant = URLEncoder.encode(tenant, StandardCharsets.UTF_8);
        URI moduleUri = URI.create(root + "/AdminApi/v1.0/" + encodedTenant + "/EXOModuleFile?Version="
                + URLEncoder.encode(moduleVersion, StandardCharsets.UTF_8));
        HttpRequest.Builder module = request(moduleUri, token, connectionId)
                .header("Accept", "application/json")
                .header("CommandName", "*")
                .header("ps-version", "7.4.6")
                .header("exomodule-version", moduleVersion)
                .header("is-cloud-shell-environment", "False")
                .header("X-InitializeConnectionContextObjectIdDynamic", "true")
                .header("X-AnchorMailbox", anchor(token));
        Answer moduleAnswer = send(module.build(), "the module file (EXOModuleFile)");
        if (moduleAnswer.statusCode() / 100 == 3) {
            throw ServiceAnswers.redirected(moduleAnswer.statusCode(), moduleAnswer.location(), moduleUri,
                    "the module file (EXOModuleFile)");
        }
        if (moduleAnswer.statusCode() / 100 != 2) {
            throw ServiceAnswers.failure(moduleAnswer.statusCode(), moduleAnswer.body(), moduleUri, tenant,
                    "the module file (EXOModuleFile)");
        }
        URI metadataUri = URI.create(root + "/adminapi/beta/" + encodedTenant + "/$metadata");
        Answer metadata = send(request(metadataUri, token, connectionId)
                .header("Accept", "application/xml").build(), "$metadata");
        if (metadata.statusCode() / 100 != 2) {
            CaptureException failure = ServiceAnswers.failure(metadata.statusCode(), metadata.body(), metadataUri,
                    tenant, "$metadata");
            throw failure.kind() == Kind.SERVICE ? new CaptureException(Kind.METADATA, failure.getMessage()) : failure;
        }
        // read as CSDL by Capture.process, which also checks a download saved earlier
        String xml = new String(metadata.body(), StandardCharsets.UTF_8);
        return ServiceAnswers.module(moduleAnswer.body(), moduleUri, xml);
    }

    private HttpRequest.Builder request(URI uri, String token, String connectionId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Authorization", "Bearer " + token)
                .header("connection-id", connectionId)
                .header("client-request-id", UUID.randomUUID().toString());
        if ("http".equals(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        return b;
    }

    /**
     * One GET whose whole answer, body included, must be in within the timeout (a server that sends the headers and
     * then trickles the body cannot hold the capture) and at most {@link #MAX_ANSWER_BYTES} long.
     */
    private Answer send(HttpRequest request, String what) {
        try {
            HttpResponse<byte[]> answer = WholeExchange.send(http, request, BoundedBody.handler(MAX_ANSWER_BYTES),
                    timeout);
            return new Answer(answer.statusCode(), answer.body(), answer.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            if (BoundedBody.tooLarge(e) != null) {
                throw new CaptureException(Kind.SERVICE, "The answer for " + what + " from "
                        + ServiceAnswers.host(request.uri()) + " is larger than " + (MAX_ANSWER_BYTES >> 20)
                        + " MiB (the module text is about 2 MB); it was not read further. Check the endpoint.");
            }
            throw new CaptureException(Kind.SERVICE, "Cannot download " + what + " from "
                    + ServiceAnswers.host(request.uri()) + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()) + ". Check the network and the endpoint.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException(Kind.SERVICE, "Interrupted while downloading " + what);
        }
    }

    private AccessToken signIn() {
        try {
            String scope = service.scope(cloud);
            AccessToken token = credentials.tokenProvider(new AuthContext(tenant, cloud.authority(), scope))
                    .token(new TokenRequest(scope, null, false));
            return token;
        } catch (AuthenticationFailedException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            String folded = message.toLowerCase(Locale.ROOT);
            if (folded.contains("aadsts90002") || folded.contains("aadsts900023") || folded.contains("tenant")
                    && folded.contains("not found")) {
                throw new CaptureException(Kind.UNKNOWN_TENANT, "Tenant '" + tenant + "' does not exist at "
                        + cloud.authority() + ": " + message + " Give the initial domain or GUID, and the cloud.");
            }
            throw new CaptureException(Kind.SIGN_IN, "Signing in to tenant '" + tenant + "' failed: " + message);
        }
    }

    /** The runtime's default anchor: {@code UPN:<upn>} for a delegated token, else the service's app-only form. */
    private String anchor(String token) {
        String appOnlyPrefix = service == Service.SECURITY_COMPLIANCE ? "UPN:" : "APP:";
        return new AnchorResolver(tenant, null, appOnlyPrefix).defaultAnchor(token).value();
    }

    private static String trimSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** An answer's status and its body, read with the cap. */
    private record Answer(int statusCode, byte[] body, String location) {
    }
}
