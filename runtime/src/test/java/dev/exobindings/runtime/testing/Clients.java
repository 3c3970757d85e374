package dev.exobindings.runtime.testing;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.ExchangeClientBuilder;
import dev.exobindings.runtime.retry.RetryPolicy;

/** Test clients pointed at a {@link TestServer}, with fake time and no jitter. */
public final class Clients {
    public static final String TENANT = "contoso.onmicrosoft.com";

    private Clients() {
    }

    public static ExchangeClientBuilder builder(TestServer server, FakeTime time,
                                                dev.exobindings.runtime.auth.TokenProvider tokens) {
        return ExchangeClient.builder().tenant(TENANT).endpoint(server.base()).tokenProvider(tokens)
                .clock(time).sleeper(time).retryPolicy(RetryPolicy.builder().jitter(0).build());
    }

    /** {@code {"value":[rows…]}} plus optional nextLink and warnings. */
    public static String page(String rows, String nextLink, String... warnings) {
        StringBuilder sb = new StringBuilder("{\"@odata.context\":\"ctx\"");
        if (warnings.length > 0) {
            sb.append(",\"@adminapi.warnings\":[");
            for (int i = 0; i < warnings.length; i++) {
                sb.append(i > 0 ? "," : "").append('"').append(warnings[i]).append('"');
            }
            sb.append(']');
        }
        if (nextLink != null) {
            sb.append(",\"@odata.nextLink\":\"").append(nextLink).append('"');
        }
        return sb.append(",\"value\":[").append(rows).append("]}").toString();
    }

    /** {@code n} rows {@code {"Name":"<prefix><i>"}} joined by commas. */
    public static String rows(String prefix, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? "," : "").append("{\"Name\":\"").append(prefix).append(i).append("\"}");
        }
        return sb.toString();
    }
}
