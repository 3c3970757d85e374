package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.auth.AccessToken;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tenant is checked when the client is configured, whatever the credentials. */
class TenantValidationTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://contoso.onmicrosoft.com", "contoso.onmicrosoft.com/", "contoso.onmicrosoft.com\r\nX-Evil: 1",
            "contoso .onmicrosoft.com", "contoso", "contoso..com", "-contoso.com", "contoso.com/../other", "a\\b.com"})
    void badTenantsFailWithATokenProviderToo(String tenant) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExchangeClient.builder()
                .tenant(tenant).tokenProvider(r -> new AccessToken("t", Instant.MAX)).build());
        assertTrue(e.getMessage().startsWith("tenant '"), e.getMessage());
        assertTrue(e.getMessage().contains("contoso.onmicrosoft.com) or its tenant id GUID"), e.getMessage());
        assertFalse(e.getMessage().contains("\r") || e.getMessage().contains("\n"), "control characters are escaped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"contoso.onmicrosoft.com", " contoso.onmicrosoft.com ", "xn--bcher-kva.example",
            "6babcaad-604b-40ac-a9d7-9fd97c0b779f", "sub.contoso-1.co.uk"})
    void domainsAndGuidsAreAccepted(String tenant) {
        assertDoesNotThrow(() -> ExchangeClient.builder().tenant(tenant)
                .tokenProvider(r -> new AccessToken("t", Instant.MAX)).build().close());
    }
}
