package dev.exobindings.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Construction, input checks and redaction of the MSAL-backed credentials; nothing here signs in. */
class MsalCredentialsTest {
    static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    static final String SECRET = "s3cr3t~Value.With-Chars";
    static final AuthContext CONTOSO = new AuthContext("contoso.onmicrosoft.com", "https://login.microsoftonline.com",
            "https://outlook.office365.com/.default");

    @Test
    void theModulesPublicClientIdIsAvailable() {
        assertEquals("fb78d390-0c51-40cd-8e17-fdbfab77341b", MsalCredentials.DEFAULT_PUBLIC_CLIENT_ID);
    }

    @Test
    void clientSecretToStringNeverShowsTheSecret() {
        Credentials credentials = MsalCredentials.clientSecret(APP_ID, SECRET);
        TokenProvider provider = credentials.tokenProvider(CONTOSO);
        for (String text : new String[] {credentials.toString(), provider.toString()}) {
            assertFalse(text.contains(SECRET), text);
            assertTrue(text.contains(APP_ID) && text.contains("<redacted>"), text);
        }
        assertTrue(provider.toString().contains("https://login.microsoftonline.com/contoso.onmicrosoft.com"),
                provider.toString());
    }

    @Test
    void aClientIdThatIsNotAGuidIsRejectedWithoutEchoingIt() {
        // the classic mistake: secret and id swapped
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.clientSecret(SECRET, APP_ID));
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(e.getMessage().contains("swapped"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MsalCredentials.deviceCode("not-a-guid", p -> { }));
        assertThrows(IllegalArgumentException.class, () -> MsalCredentials.managedIdentity("not-a-guid"));
        assertThrows(IllegalArgumentException.class, () -> MsalCredentials.managedIdentity(null));
    }

    @Test
    void anEmptySecretIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.clientSecret(APP_ID, "  "));
        assertTrue(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void appOnlySignInNeedsATenant() {
        Credentials credentials = MsalCredentials.clientSecret(APP_ID, SECRET);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> credentials.tokenProvider(new AuthContext(null, "https://login.microsoftonline.com", null)));
        assertTrue(e.getMessage().contains("tenant("), e.getMessage());
    }

    @Test
    void theAuthorityMustBeHttpsAndTheTenantADomainOrGuid() {
        Credentials credentials = MsalCredentials.clientSecret(APP_ID, SECRET);
        assertThrows(IllegalArgumentException.class, () -> credentials.tokenProvider(
                new AuthContext("contoso.onmicrosoft.com", "http://login.microsoftonline.com", null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> credentials.tokenProvider(
                new AuthContext("contoso.onmicrosoft.com/evil", "https://login.microsoftonline.com", null)));
        assertTrue(e.getMessage().contains("tenant"), e.getMessage());
    }

    @Test
    void theAuthorityJoinsCloudAuthorityAndTenant() {
        TokenProvider gccHigh = MsalCredentials.clientSecret(APP_ID, SECRET).tokenProvider(
                new AuthContext("00000000-1111-2222-3333-444444444444", "https://login.microsoftonline.us/", null));
        assertTrue(gccHigh.toString().contains("https://login.microsoftonline.us/00000000-1111-2222-3333-444444444444"),
                gccHigh.toString());
    }

    @Test
    void aPkcs12CertificateIsLoadedAndShownByThumbprintOnly() {
        Credentials credentials = MsalCredentials.certificate(APP_ID, TestResources.stream("test-app.p12"),
                TestResources.PASSWORD.clone());
        String text = credentials.toString();
        assertTrue(text.contains("thumbprint=" + TestResources.THUMBPRINT), text);
        assertTrue(text.contains("CN=exo-bindings test app"), text);
        assertTrue(text.contains("privateKey=<redacted>"), text);
        assertFalse(text.contains("test-password"), text);
        assertFalse(credentials.tokenProvider(CONTOSO).toString().contains("test-password"));
    }

    @Test
    void aWrongPkcs12PasswordIsReportedWithoutTheAttempt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MsalCredentials
                .certificate(APP_ID, TestResources.stream("test-app.p12"), "guessed-wrong".toCharArray()));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
        assertFalse(e.getMessage().contains("guessed-wrong"), e.getMessage());
    }

    /** One stream for several tenants (docs/fleet.md once did it): the second credential says why, not "password". */
    @Test
    void anAlreadyReadStreamIsReportedAsEmptyNotAsAWrongPassword() throws Exception {
        InputStream pfx = TestResources.stream("test-app.p12");
        char[] password = TestResources.PASSWORD.clone();
        assertTrue(MsalCredentials.certificate(APP_ID, pfx, password).toString().contains(TestResources.THUMBPRINT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.certificate(APP_ID, pfx, password));
        assertTrue(e.getMessage().contains("the certificate stream is empty (already read?)"), e.getMessage());
        assertFalse(e.getMessage().contains("password"), e.getMessage());
    }

    /** The Path form reads the file for each credential, so one file serves every tenant. */
    @Test
    void aPathServesEveryCredential(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.p12");
        try (InputStream in = TestResources.stream("test-app.p12")) {
            Files.copy(in, file);
        }
        char[] password = TestResources.PASSWORD.clone();
        for (int tenant = 0; tenant < 2; tenant++) {
            String text = MsalCredentials.certificate(APP_ID, file, password).toString();
            assertTrue(text.contains("thumbprint=" + TestResources.THUMBPRINT), text);
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.certificate(APP_ID, dir.resolve("none.p12"), password));
        assertTrue(missing.getMessage().contains("none.p12") && missing.getMessage().contains("NoSuchFileException"),
                missing.getMessage());
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.certificate(APP_ID, file, "guessed-wrong".toCharArray()));
        assertTrue(wrong.getMessage().contains("password"), wrong.getMessage());
    }

    @Test
    void somethingThatIsNotPkcs12IsReported() {
        InputStream notPfx = new ByteArrayInputStream("-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.certificate(APP_ID, notPfx, TestResources.PASSWORD.clone()));
        assertTrue(e.getMessage().contains("PKCS#12"), e.getMessage());
    }

    @Test
    void pemKeysInBothFormsLoadTheSameCertificate() {
        String certificate = TestResources.text("test-app-cert.pem");
        for (String key : new String[] {"test-app-key-pkcs8.pem", "test-app-key-pkcs1.pem"}) {
            String text = MsalCredentials.certificatePem(APP_ID, TestResources.text(key), certificate).toString();
            assertTrue(text.contains("thumbprint=" + TestResources.THUMBPRINT), key + ": " + text);
            assertFalse(text.contains("MII"), "no key or certificate material in " + text);
        }
    }

    @Test
    void aKeyThatDoesNotBelongToTheCertificateIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MsalCredentials.certificatePem(
                APP_ID, TestResources.text("other-key-pkcs8.pem"), TestResources.text("test-app-cert.pem")));
        assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
        assertTrue(e.getMessage().contains(TestResources.THUMBPRINT), e.getMessage());
    }

    @Test
    void badPemInputIsExplained() {
        String certificate = TestResources.text("test-app-cert.pem");
        String key = TestResources.text("test-app-key-pkcs8.pem");
        IllegalArgumentException encrypted = assertThrows(IllegalArgumentException.class, () -> MsalCredentials
                .certificatePem(APP_ID, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----",
                        certificate));
        assertTrue(encrypted.getMessage().contains("encrypted"), encrypted.getMessage());
        IllegalArgumentException swapped = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.certificatePem(APP_ID, certificate, key));
        assertTrue(swapped.getMessage().contains("BEGIN PRIVATE KEY"), swapped.getMessage());
        IllegalArgumentException noCertificate = assertThrows(IllegalArgumentException.class,
                () -> MsalCredentials.certificatePem(APP_ID, key, "not a certificate"));
        assertTrue(noCertificate.getMessage().contains("certificatePem"), noCertificate.getMessage());
    }

    @Test
    void deviceCodeFallsBackToOrganizationsWithoutATenant() {
        Credentials credentials = MsalCredentials.deviceCode(p -> { });
        assertTrue(credentials.toString().contains(MsalCredentials.DEFAULT_PUBLIC_CLIENT_ID), credentials.toString());
        TokenProvider provider = credentials.tokenProvider(
                new AuthContext(null, "https://login.microsoftonline.com", "https://outlook.office365.com/.default"));
        assertTrue(provider.toString().contains("https://login.microsoftonline.com/organizations"), provider.toString());
        assertThrows(NullPointerException.class, () -> MsalCredentials.deviceCode(null));
    }

    @Test
    void managedIdentityDescribesWhichIdentity() {
        assertEquals("MsalCredentials[managedIdentity, systemAssigned]", MsalCredentials.managedIdentity().toString());
        assertEquals("MsalCredentials[managedIdentity, clientId=" + APP_ID + "]",
                MsalCredentials.managedIdentity(APP_ID).toString());
        assertEquals("https://outlook.office365.com/",
                ManagedIdentityCredentials.resource("https://outlook.office365.com/.default"));
    }
}
