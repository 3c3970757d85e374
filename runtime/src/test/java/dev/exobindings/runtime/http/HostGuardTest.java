package dev.exobindings.runtime.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.error.RedirectRefusedException;
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
        assertTrue(e.getMessage().contains("refused to send the access token to https://evil.example/"),
                e.getMessage());
        assertFalse(e.getMessage().contains("<redacted>"), "no token in it, nothing to redact: " + e.getMessage());
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

    private static final URI CALL = URI.create("https://outlook.office365.com/adminapi/beta/contoso.com/InvokeCommand");

    @Test
    void aRedirectWithinTheTenantPathIsFollowed() {
        assertEquals(URI.create("https://outlook.office365.com/adminapi/beta/contoso.com/InvokeCommand?x=1"),
                guard.redirect(CALL, 307, "/adminapi/beta/contoso.com/InvokeCommand?x=1", 0, "Set-Mailbox", "r1"));
        assertEquals(URI.create("https://outlook.office365.com/adminapi/beta/contoso.com/$batch"),
                guard.redirect(CALL, 308, "$batch", 0, "Set-Mailbox", "r1"), "relative to the call");
    }

    /** The host is right, but the token and the body would go to another tenant or out of the admin API. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"/adminapi/beta/fabrikam.com/InvokeCommand",
        "../../../../etc", "/adminapi/beta/contoso.com/../fabrikam.com/InvokeCommand",
        "/adminapi/beta/contoso.com/%2e%2e/fabrikam.com/InvokeCommand", "/adminapi/beta/contoso.comx/InvokeCommand",
        "/owa/"})
    void aRedirectOutOfTheTenantPathIsRefusedNamingThePath(String location) {
        RedirectRefusedException e = assertThrows(RedirectRefusedException.class,
                () -> guard.redirect(CALL, 307, location, 0, "Set-Mailbox", "r1"));
        assertTrue(e.getMessage().contains("leaves the tenant path '/adminapi/beta/contoso.com/'"), e.getMessage());
        assertTrue(e.getMessage().contains("the token was not sent there"), e.getMessage());
    }
}
