package dev.exobindings.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The affinity cookie jar is scoped to the pinned host only. */
class PinnedCookieJarTest {
    private static final URI PINNED = URI.create("https://nam13b.ps.compliance.protection.outlook.com/adminapi/beta/t/InvokeCommand");

    private static HttpHeaders setCookie(String... values) {
        return HttpHeaders.of(Map.of("Set-Cookie", List.of(values)), (a, b) -> true);
    }

    @Test
    void keepsAndSendsCookiesOfThePinnedHostOnly() {
        PinnedCookieJar jar = new PinnedCookieJar(Clock.systemUTC());
        jar.pin(URI.create("https://nam13b.ps.compliance.protection.outlook.com"));
        jar.store(PINNED, setCookie("affinity=r13; Path=/; Secure; HttpOnly", "other=x; Domain=.outlook.com"));
        assertEquals(Optional.of("affinity=r13; other=x"), jar.header(PINNED));
        assertEquals(Optional.of("affinity=r13; other=x"),
                jar.header(URI.create("https://NAM13B.ps.compliance.protection.outlook.com:443/other")));
        // a Domain attribute does not widen the scope; nor do another host, scheme or port get them
        assertFalse(jar.header(URI.create("https://nam14b.ps.compliance.protection.outlook.com/x")).isPresent());
        assertFalse(jar.header(URI.create("https://outlook.com/x")).isPresent());
        assertFalse(jar.header(URI.create("http://nam13b.ps.compliance.protection.outlook.com/x")).isPresent());
        assertFalse(jar.header(URI.create("https://nam13b.ps.compliance.protection.outlook.com:8443/x")).isPresent());
    }

    @Test
    void ignoresCookiesFromOtherHosts() {
        PinnedCookieJar jar = new PinnedCookieJar(Clock.systemUTC());
        jar.store(PINNED, setCookie("early=1")); // nothing pinned yet: dropped
        jar.pin(PINNED);
        jar.store(URI.create("https://ps.compliance.protection.outlook.com/x"), setCookie("frontdoor=1"));
        jar.store(URI.create("https://nam14b.ps.compliance.protection.outlook.com/x"), setCookie("other=1"));
        assertFalse(jar.header(PINNED).isPresent());
        jar.store(PINNED, setCookie("mine=1"));
        assertEquals(Optional.of("mine=1"), jar.header(PINNED));
    }

    @Test
    void maxAgeExpiresAndDeletes() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        PinnedCookieJar jar = new PinnedCookieJar(clock);
        jar.pin(PINNED);
        jar.store(PINNED, setCookie("short=1; Max-Age=60", "long=2"));
        assertEquals(Optional.of("short=1; long=2"), jar.header(PINNED));
        now[0] = now[0].plus(Duration.ofSeconds(61));
        assertEquals(Optional.of("long=2"), jar.header(PINNED));
        jar.store(PINNED, setCookie("long=; Max-Age=0"));
        assertFalse(jar.header(PINNED).isPresent());
    }

    @Test
    void rePinningToAnotherHostForgetsTheOldCookies() {
        PinnedCookieJar jar = new PinnedCookieJar(Clock.systemUTC());
        jar.pin(PINNED);
        jar.store(PINNED, setCookie("a=1"));
        URI other = URI.create("https://nam14b.ps.compliance.protection.outlook.com");
        jar.pin(other);
        assertFalse(jar.header(other).isPresent());
        assertTrue(jar.toString().contains("0 cookies"));
        assertFalse(jar.toString().contains("a=1"));
    }
}
