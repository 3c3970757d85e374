package dev.exobindings.runtime.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.UnexpectedHostException;
import dev.exobindings.runtime.host.RegionalHostRules;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The sender's last check, under the paging layer's same-origin rule: whatever URL reaches it, the token goes only
 * to the family of the client's host rules.
 */
class HostGuardTest {
    private final HostGuard guard = new HostGuard(RegionalHostRules.fixed(URI.create("https://outlook.office365.com")),
            new PinnedCookieJar(Clock.systemUTC()));

    @Test
    void aDestinationOutsideTheFamilyIsRefusedNamingIt() {
        UnexpectedHostException e = assertThrows(UnexpectedHostException.class, () -> guard.checkDestination(
                URI.create("https://evil.example/adminapi/beta/contoso.com/InvokeCommand"), "Get-Mailbox", "r1"));
        assertTrue(e.getMessage().contains("https://evil.example/"), e.getMessage());
        assertThrows(UnexpectedHostException.class, () -> guard.checkDestination(
                URI.create("http://outlook.office365.com/adminapi/beta/contoso.com/InvokeCommand"), "Get-Mailbox",
                "r1"), "plain http to the right host");
    }

    @Test
    void theConfiguredOriginPasses() {
        assertDoesNotThrow(() -> guard.checkDestination(
                URI.create("https://outlook.office365.com/adminapi/beta/contoso.com/InvokeCommand"), "Get-Mailbox",
                "r1"));
    }
}
