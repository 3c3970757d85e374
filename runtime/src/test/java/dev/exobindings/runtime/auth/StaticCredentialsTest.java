package dev.exobindings.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.log.Redactor;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StaticCredentialsTest {
    private static final String SCOPE = "https://outlook.office365.com/.default";
    private static final AuthContext CONTEXT =
            new AuthContext("contoso.onmicrosoft.com", "https://login.microsoftonline.com", SCOPE);
    private static final TokenRequest REQUEST = new TokenRequest(SCOPE, null, false);

    @Test
    void expiryComesFromTheExpClaim() {
        String jwt = Jwts.withPayload("{\"aud\":\"https://outlook.office365.com\",\"exp\":4102444800}");
        AccessToken token = StaticCredentials.token(jwt).tokenProvider(CONTEXT).token(REQUEST);
        assertEquals(jwt, token.token());
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"), token.expiresAt());
    }

    @Test
    void paddedPayloadsAreAccepted() {
        String jwt = Jwts.withPayload("{\"exp\":4102444800}");
        String[] parts = jwt.split("\\.");
        String padded = parts[0] + "." + parts[1] + "=".repeat((4 - parts[1].length() % 4) % 4) + "." + parts[2];
        assertEquals(Instant.parse("2100-01-01T00:00:00Z"),
                StaticCredentials.token(padded).tokenProvider(CONTEXT).token(REQUEST).expiresAt());
    }

    @Test
    void aTokenWithoutExpNeverExpires() {
        String jwt = Jwts.withPayload("{\"aud\":\"https://outlook.office365.com\"}");
        assertEquals(Instant.MAX, StaticCredentials.token(jwt).tokenProvider(CONTEXT).token(REQUEST).expiresAt());
    }

    @Test
    void anExpiredTokenFailsWithoutShowingIt() {
        String jwt = Jwts.withPayload("{\"exp\":1000}");
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> StaticCredentials.token(jwt).tokenProvider(CONTEXT).token(REQUEST));
        assertTrue(e.getMessage().contains("expired at 1970-01-01T00:16:40Z"), e.getMessage());
        assertFalse(e.getMessage().contains(jwt));
    }

    @Test
    void expiryIsCheckedAgainstTheClock() {
        MutableClock clock = new MutableClock(Instant.parse("2099-12-31T23:00:00Z"));
        TokenProvider provider = StaticCredentials.token(Jwts.withPayload("{\"exp\":4102444800}"), clock)
                .tokenProvider(CONTEXT);
        provider.token(REQUEST);
        clock.advance(Duration.ofHours(1));
        assertThrows(AuthenticationFailedException.class, () -> provider.token(REQUEST));
    }

    @Test
    void notAJwtIsRejectedWithAHintAndWithoutTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StaticCredentials.token("Bearer opaque-token-value"));
        assertTrue(e.getMessage().contains("three base64url parts"), e.getMessage());
        assertTrue(e.getMessage().contains("without the \"Bearer\" prefix"), e.getMessage());
        assertEquals(e.getMessage(), Redactor.redact(e.getMessage()), "nothing in it reads as a token");
        assertFalse(e.getMessage().contains("opaque-token-value"));
    }

    @Test
    void aPayloadThatIsNotJsonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> StaticCredentials.token("aGVhZA.bm90IGpzb24.c2ln"));
    }

    @Test
    void aNonNumericExpIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StaticCredentials.token(Jwts.withPayload("{\"exp\":\"tomorrow\"}")));
        assertTrue(e.getMessage().contains("'exp'"), e.getMessage());
    }

    @Test
    void theSupplierIsCalledOnceWhileItsTokenIsValidAndAgainOnForcedRefresh() {
        AtomicInteger calls = new AtomicInteger();
        TokenProvider provider = StaticCredentials.supplier(() -> new AccessToken("supplied-" + calls.incrementAndGet(),
                Instant.now().plus(Duration.ofHours(1)))).tokenProvider(CONTEXT);
        assertEquals("supplied-1", provider.token(REQUEST).token());
        assertEquals("supplied-1", provider.token(REQUEST).token());
        assertEquals("supplied-2", provider.token(new TokenRequest(SCOPE, null, true)).token());
        assertEquals(2, calls.get());
    }

    @Test
    void aSupplierReturningNullFailsClearly() {
        TokenProvider provider = StaticCredentials.supplier(() -> null).tokenProvider(CONTEXT);
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> provider.token(REQUEST));
        assertTrue(e.getMessage().contains("returned null"), e.getMessage());
    }

    @Test
    void toStringRedactsTheToken() {
        String jwt = Jwts.withPayload("{\"exp\":4102444800}");
        StaticCredentials credentials = StaticCredentials.token(jwt);
        TokenProvider provider = credentials.tokenProvider(CONTEXT);
        provider.token(REQUEST);
        for (String text : new String[] {credentials.toString(), provider.toString(),
                provider.token(REQUEST).toString()}) {
            assertFalse(text.contains(jwt.split("\\.")[1]), text);
            assertTrue(text.contains("<redacted>"), text);
        }
    }
}
