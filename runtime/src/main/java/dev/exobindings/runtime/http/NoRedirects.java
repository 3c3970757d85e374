package dev.exobindings.runtime.http;

import java.net.http.HttpClient;
import java.util.Objects;

/**
 * The check for a caller-owned {@link HttpClient}: it must not follow redirects, because the JDK's client resends
 * every header of the request, the bearer token included, to whatever host a 3xx names. Shared by the client
 * builder and the capture builder.
 */
public final class NoRedirects {
    private NoRedirects() {
    }

    /**
     * {@code http} itself when it never follows redirects.
     *
     * @throws IllegalArgumentException naming the fix otherwise
     */
    public static HttpClient require(HttpClient http) {
        Objects.requireNonNull(http, "httpClient");
        if (http.followRedirects() != HttpClient.Redirect.NEVER) {
            throw new IllegalArgumentException("the HttpClient follows redirects (" + http.followRedirects()
                    + "), so a 3xx answer would carry the access token to the host it names. Fix: build it with"
                    + " .followRedirects(HttpClient.Redirect.NEVER), the JDK's default");
        }
        return http;
    }
}
