package dev.exobindings.runtime.auth;

import static dev.exobindings.runtime.auth.MsalCredentialsTest.APP_ID;
import static dev.exobindings.runtime.auth.MsalCredentialsTest.CONTOSO;
import static dev.exobindings.runtime.auth.MsalCredentialsTest.SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.HttpRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Full MSAL sign-ins against {@link FakeIdentityPlatform}: MSAL's HTTP goes to the in-JVM fake, never to a network.
 */
class MsalSignInTest {
    private static final String SCOPE = "https://outlook.office365.com/.default";
    private static final TokenRequest PLAIN = new TokenRequest(SCOPE, null, false);

    private static Map<String, String> form(HttpRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.body().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Test
    void clientSecretSignInSendsTheClientCredentialsGrantAndCachesTheToken() {
        FakeIdentityPlatform login = new FakeIdentityPlatform()
                .respondToToken(200, FakeIdentityPlatform.tokenJson("first.access.token", 3600));
        TokenProvider provider = MsalCredentials.clientSecret(APP_ID, SECRET, login).tokenProvider(CONTOSO);

        Instant before = Instant.now();
        AccessToken token = provider.token(PLAIN);
        assertEquals("first.access.token", token.token());
        assertTrue(!token.expiresAt().isBefore(before.plus(Duration.ofMinutes(59)))
                && !token.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(61))), token.toString());

        assertEquals(1, login.tokenRequests().size());
        HttpRequest sent = login.tokenRequests().get(0);
        assertEquals("/contoso.onmicrosoft.com/oauth2/v2.0/token", sent.url().getPath());
        Map<String, String> fields = form(sent);
        assertEquals("client_credentials", fields.get("grant_type"));
        assertEquals(APP_ID, fields.get("client_id"));
        assertEquals(SECRET, fields.get("client_secret"));
        assertTrue(fields.get("scope").contains(SCOPE), fields.get("scope"));

        assertEquals("first.access.token", provider.token(PLAIN).token());
        assertEquals(1, login.tokenRequests().size(), "second call must be served from the cache");
        login.requests.forEach(r -> assertEquals("login.microsoftonline.com", r.url().getHost()));
    }

    @Test
    void forceRefreshAndClaimsGoBackToTheLoginHost() throws Exception {
        String claims = "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1767261600\"}}}";
        FakeIdentityPlatform login = new FakeIdentityPlatform()
                .respondToToken(200, FakeIdentityPlatform.tokenJson("first.access.token", 3600))
                .respondToToken(200, FakeIdentityPlatform.tokenJson("forced.access.token", 3600))
                .respondToToken(200, FakeIdentityPlatform.tokenJson("claims.access.token", 3600));
        TokenProvider provider = MsalCredentials.clientSecret(APP_ID, SECRET, login).tokenProvider(CONTOSO);

        provider.token(PLAIN);
        assertEquals("forced.access.token", provider.token(new TokenRequest(SCOPE, null, true)).token());
        assertEquals("claims.access.token", provider.token(new TokenRequest(SCOPE, claims, false)).token());
        assertEquals(3, login.tokenRequests().size());
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.readTree(claims), json.readTree(form(login.tokenRequests().get(2)).get("claims")));
        assertEquals("claims.access.token", provider.token(PLAIN).token());
    }

    @Test
    void aRejectedSecretSaysWhatToCheckAndNeverShowsTheSecret() {
        FakeIdentityPlatform login = new FakeIdentityPlatform().respondToToken(401, "{\"error\":\"invalid_client\","
                + "\"error_description\":\"AADSTS7000215: Invalid client secret provided.\",\"error_codes\":[7000215]}");
        TokenProvider provider = MsalCredentials.clientSecret(APP_ID, SECRET, login).tokenProvider(CONTOSO);

        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> provider.token(PLAIN));
        String message = e.getMessage();
        assertTrue(message.contains("invalid_client") && message.contains("AADSTS7000215"), message);
        assertTrue(message.contains(APP_ID) && message.contains("contoso.onmicrosoft.com"), message);
        assertTrue(message.contains("secret's value") && message.contains("Exchange.ManageAsApp"), message);
        assertFalse(message.contains(SECRET), message);
    }

    @Test
    void aSecretEchoedByTheServerIsScrubbedFromTheMessage() {
        FakeIdentityPlatform login = new FakeIdentityPlatform().respondToToken(400, "{\"error\":\"invalid_request\","
                + "\"error_description\":\"AADSTS900023: bad value " + SECRET + "\"}");
        TokenProvider provider = MsalCredentials.clientSecret(APP_ID, SECRET, login).tokenProvider(CONTOSO);
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class, () -> provider.token(PLAIN));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().contains("bad value <redacted>"), e.getMessage());
    }

    @Test
    void certificateSignInSendsAnAssertionSignedForTheCertificate() throws Exception {
        FakeIdentityPlatform login = new FakeIdentityPlatform()
                .respondToToken(200, FakeIdentityPlatform.tokenJson("cert.access.token", 3600));
        Credentials credentials = MsalCredentials.fromCertificate(APP_ID, ClientCertificate.fromPkcs12(
                TestResources.stream("test-app.p12"), TestResources.PASSWORD.clone()), login);

        assertEquals("cert.access.token", credentials.tokenProvider(CONTOSO).token(PLAIN).token());
        Map<String, String> fields = form(login.tokenRequests().get(0));
        assertEquals("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", fields.get("client_assertion_type"));
        assertFalse(fields.containsKey("client_secret"));
        String[] assertion = fields.get("client_assertion").split("\\.");
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(assertion[0]));
        JsonNode payload = json.readTree(Base64.getUrlDecoder().decode(assertion[1]));
        assertEquals(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(TestResources.SHA256_FINGERPRINT)),
                header.get("x5t#S256").asText(), header.toString());
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                TestResources.stream("test-app-cert.pem"));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(certificate.getPublicKey());
        rs256.update((assertion[0] + "." + assertion[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(assertion[2])), "assertion not signed by the certificate's key");
        assertEquals(APP_ID, payload.get("iss").asText());
        assertEquals(APP_ID, payload.get("sub").asText());
    }

    @Test
    void deviceCodeSignInShowsThePromptAndRedeemsTheCode() {
        FakeIdentityPlatform login = new FakeIdentityPlatform()
                .respondToDeviceCode("{\"user_code\":\"FAKE-CODE\",\"device_code\":\"device-code-value\","
                        + "\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,"
                        + "\"message\":\"Enter FAKE-CODE at https://microsoft.com/devicelogin\"}")
                .respondToToken(200, FakeIdentityPlatform.tokenJson("user.access.token", 3600));
        AtomicReference<DeviceCodePrompt> shown = new AtomicReference<>();
        TokenProvider provider = MsalCredentials.deviceCode(MsalCredentials.DEFAULT_PUBLIC_CLIENT_ID, shown::set, login)
                .tokenProvider(new AuthContext(null, "https://login.microsoftonline.com", SCOPE));

        assertEquals("user.access.token", provider.token(PLAIN).token());
        DeviceCodePrompt prompt = shown.get();
        assertNotNull(prompt, "the prompt was not shown");
        assertEquals(new DeviceCodePrompt("FAKE-CODE", "https://microsoft.com/devicelogin", Duration.ofSeconds(900),
                "Enter FAKE-CODE at https://microsoft.com/devicelogin"), prompt);
        HttpRequest redeem = login.tokenRequests().get(0);
        assertEquals("/organizations/oauth2/v2.0/token", redeem.url().getPath());
        Map<String, String> fields = form(redeem);
        assertEquals("device-code-value", fields.get("device_code"));
        assertEquals(MsalCredentials.DEFAULT_PUBLIC_CLIENT_ID, fields.get("client_id"));
    }

    @Test
    void managedIdentityAsksTheHostEndpointForTheExchangeResource() {
        long expiresOn = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        FakeIdentityPlatform host = new FakeIdentityPlatform().respondToToken(200, "{\"access_token\":\"mi.access.token\","
                + "\"expires_on\":\"" + expiresOn + "\",\"expires_in\":\"3600\",\"resource\":\"https://outlook.office365.com/\","
                + "\"token_type\":\"Bearer\"}");
        TokenProvider provider = MsalCredentials.managedIdentity(APP_ID, host).tokenProvider(CONTOSO);

        assertEquals("mi.access.token", provider.token(PLAIN).token());
        HttpRequest sent = host.requests.get(host.requests.size() - 1);
        assertEquals("/metadata/identity/oauth2/token", sent.url().getPath());
        String query = URLDecoder.decode(sent.url().getQuery(), StandardCharsets.UTF_8);
        assertTrue(query.contains("resource=https://outlook.office365.com/"), query);
        assertTrue(query.contains("client_id=" + APP_ID), query);
    }

    @Test
    void aClaimsChallengeThatIsNotJsonFailsClearlyWithoutCallingTheLoginHost() {
        FakeIdentityPlatform login = new FakeIdentityPlatform();
        TokenProvider provider = MsalCredentials.clientSecret(APP_ID, SECRET, login).tokenProvider(CONTOSO);
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> provider.token(new TokenRequest(SCOPE, "not json", false)));
        assertTrue(e.getMessage().contains("claims challenge"), e.getMessage());
        assertTrue(login.tokenRequests().isEmpty());
    }

    @Test
    void afterTheFirstDeviceCodeSignInRefreshesAreSilent() {
        String clientInfo = base64Url("{\"uid\":\"user-oid\",\"utid\":\"tenant-id\"}");
        String idToken = Jwts.withPayload("{\"iss\":\"https://login.microsoftonline.com/tenant-id/v2.0\",\"aud\":\""
                + MsalCredentials.DEFAULT_PUBLIC_CLIENT_ID + "\",\"oid\":\"user-oid\",\"tid\":\"tenant-id\","
                + "\"preferred_username\":\"admin@contoso.onmicrosoft.com\",\"exp\":4102444800}");
        String userTokens = "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"" + SCOPE + "\","
                + "\"access_token\":\"%s\",\"refresh_token\":\"refresh-%s\",\"id_token\":\"" + idToken
                + "\",\"client_info\":\"" + clientInfo + "\"}";
        FakeIdentityPlatform login = new FakeIdentityPlatform()
                .respondToDeviceCode("{\"user_code\":\"FAKE-CODE\",\"device_code\":\"device-code-value\","
                        + "\"verification_uri\":\"https://microsoft.com/devicelogin\",\"expires_in\":900,\"interval\":1,"
                        + "\"message\":\"Enter FAKE-CODE\"}")
                .respondToToken(200, String.format(userTokens, "first.user.token", "1"))
                .respondToToken(200, String.format(userTokens, "renewed.user.token", "2"));
        AtomicInteger prompts = new AtomicInteger();
        TokenProvider provider = MsalCredentials.deviceCode(MsalCredentials.DEFAULT_PUBLIC_CLIENT_ID,
                p -> prompts.incrementAndGet(), login).tokenProvider(CONTOSO);

        assertEquals("first.user.token", provider.token(PLAIN).token());
        assertEquals("renewed.user.token", provider.token(new TokenRequest(SCOPE, null, true)).token());
        assertEquals(1, prompts.get(), "the user must not be prompted again");
        Map<String, String> renewal = form(login.tokenRequests().get(1));
        assertEquals("refresh_token", renewal.get("grant_type"));
        assertEquals("refresh-1", renewal.get("refresh_token"));
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
