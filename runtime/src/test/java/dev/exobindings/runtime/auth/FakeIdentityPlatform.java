package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Stands in for the login host inside the JVM: MSAL sends its HTTP requests here instead of to the network.
 * Token responses are queued by the test; every request is recorded.
 */
final class FakeIdentityPlatform implements IHttpClient {
    final List<HttpRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private final Deque<HttpResponse> tokenResponses = new ArrayDeque<>();
    private HttpResponse deviceCodeResponse;

    synchronized FakeIdentityPlatform respondToToken(int status, String json) {
        tokenResponses.add(response(status, json));
        return this;
    }

    synchronized FakeIdentityPlatform respondToDeviceCode(String json) {
        deviceCodeResponse = response(200, json);
        return this;
    }

    List<HttpRequest> tokenRequests() {
        synchronized (requests) {
            return requests.stream().filter(r -> r.url().getPath().endsWith("/oauth2/v2.0/token")).toList();
        }
    }

    @Override
    public synchronized IHttpResponse send(HttpRequest request) {
        requests.add(request);
        String path = request.url().getPath();
        if (path.endsWith("/discovery/instance")) {
            return response(200, "{\"tenant_discovery_endpoint\":\"https://login.microsoftonline.com/tenant/v2.0/"
                    + ".well-known/openid-configuration\",\"api-version\":\"1.1\",\"metadata\":[{\"preferred_network\":"
                    + "\"login.microsoftonline.com\",\"preferred_cache\":\"login.windows.net\",\"aliases\":"
                    + "[\"login.microsoftonline.com\",\"login.windows.net\"]}]}");
        }
        if (path.endsWith("/oauth2/v2.0/token") && !tokenResponses.isEmpty()) {
            return tokenResponses.poll();
        }
        if (path.equals("/metadata/identity/oauth2/token") && !tokenResponses.isEmpty()) {
            return tokenResponses.poll();
        }
        if (path.endsWith("/oauth2/v2.0/devicecode") && deviceCodeResponse != null) {
            return deviceCodeResponse;
        }
        return response(404, "{\"error\":\"not_found\",\"error_description\":\"the fake has no answer for " + path + "\"}");
    }

    private static HttpResponse response(int status, String json) {
        HttpResponse response = new HttpResponse().statusCode(status).body(json);
        response.addHeaders(Map.of("Content-Type", List.of("application/json")));
        return response;
    }

    static String tokenJson(String accessToken, long expiresIn) {
        return "{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"ext_expires_in\":" + expiresIn
                + ",\"access_token\":\"" + accessToken + "\"}";
    }
}
