package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.http.Endpoint;
import dev.exobindings.runtime.log.Redactor;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndpointTest {

    @Test
    void plainHttpToARemoteHostIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().endpoint(URI.create("http://outlook.office365.com")));
        assertTrue(e.getMessage().contains("plain http to the non-loopback host 'outlook.office365.com'"), e.getMessage());
        assertTrue(e.getMessage().contains("Use https"), e.getMessage());
        assertTrue(e.getMessage().contains("access tokens would travel unencrypted"), e.getMessage());
        assertEquals(e.getMessage(), Redactor.redact(e.getMessage()), "nothing in it reads as a token");
        assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().endpoint(URI.create("http://10.0.0.5:8080")));
        assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().endpoint(URI.create("http://localhost.evil.example")));
        assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().endpoint(URI.create("ftp://127.0.0.1")));
    }

    @Test
    void httpsAnywhereAndHttpToLoopbackAreAccepted() {
        for (String ok : List.of("https://outlook.office365.cn", "http://127.0.0.1:8080", "http://localhost:8080",
                "http://[::1]:8080", "https://outlook.office365.com/")) {
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ExchangeClient.builder().endpoint(URI.create(ok)),
                    ok);
        }
    }

    /** The client appends /adminapi/beta/<tenant>/…: a path, query or fragment here would send calls elsewhere. */
    @Test
    void anEndpointWithAPathQueryFragmentOrUserInfoIsRefusedNamingTheRoot() {
        for (String bad : List.of("http://127.0.0.1:8080/adminapi/beta", "http://127.0.0.1:8080/foo?x=1",
                "http://127.0.0.1:8080?x=1", "http://127.0.0.1:8080#frag", "https://me@outlook.office365.com")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ExchangeClient.builder().endpoint(URI.create(bad)), bad);
            assertTrue(e.getMessage().contains("must be the service root, scheme://host[:port] with no path"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; use " + (bad.startsWith("https") ? "https://outlook.office365.com"
                    : "http://127.0.0.1:8080")), e.getMessage());
        }
    }

    @Test
    void urlsCarryTenantAndSelect() {
        Endpoint e = new Endpoint(URI.create("https://outlook.office365.com"), "contoso.onmicrosoft.com");
        assertEquals("https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand",
                e.invokeCommand(List.of()).toString());
        assertEquals("https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"
                + "?$select=DisplayName,UserPrincipalName",
                e.invokeCommand(List.of("DisplayName", "UserPrincipalName")).toString());
        assertEquals("https://outlook.office365.com/adminapi/beta/contoso.onmicrosoft.com/$batch",
                e.batch().toString());
    }

    @Test
    void builderRejectsBadSettingsClearly() {
        assertThrows(IllegalArgumentException.class, () -> ExchangeClient.builder().pageSize(0));
        assertThrows(IllegalArgumentException.class, () -> ExchangeClient.builder().pageSize(1001));
        assertThrows(IllegalArgumentException.class, () -> ExchangeClient.builder().maxConcurrency(0));
        assertThrows(IllegalArgumentException.class, () -> ExchangeClient.builder().batchSize(0));
        IllegalArgumentException overBatch = assertThrows(IllegalArgumentException.class,
                () -> ExchangeClient.builder().batchSize(11));
        assertEquals("batchSize must be 1..10 (a $batch carries at most 10 requests), got 11", overBatch.getMessage());
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ExchangeClient.builder().batchSize(10));
        IllegalStateException noTenant = assertThrows(IllegalStateException.class,
                () -> ExchangeClient.builder().build());
        assertTrue(noTenant.getMessage().contains("tenant"));
        IllegalStateException noAuth = assertThrows(IllegalStateException.class,
                () -> ExchangeClient.builder().tenant("contoso.onmicrosoft.com").build());
        assertTrue(noAuth.getMessage().contains("tokenProvider"));
    }
}
