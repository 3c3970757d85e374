package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.IHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Sign-in through Microsoft Entra ID with MSAL4J. Each factory returns {@link Credentials}; the client builder
 * supplies tenant, login authority and scope per cloud, and the authority used is
 * {@code authority + "/" + tenant}. Every token provider created caches its token and refreshes it 5 minutes
 * before expiry (see {@link CachingTokenProvider}).
 *
 * <pre>{@code
 * // production, app-only: certificate of an app registration holding Exchange.ManageAsApp + an Exchange role
 * Credentials c = MsalCredentials.certificate(appId, pfxPath, password);
 * // app-only with a client secret
 * Credentials c = MsalCredentials.clientSecret(appId, System.getenv("EXO_CLIENT_SECRET"));
 * // an administrator at a terminal
 * Credentials c = MsalCredentials.deviceCode(p -> System.out.println(p.message()));
 * // code running on Azure
 * Credentials c = MsalCredentials.managedIdentity();
 * }</pre>
 * Failures surface as {@link AuthenticationFailedException}. {@code toString()} never shows a secret.
 */
public final class MsalCredentials {
    /** The application id of the Exchange Online PowerShell module's public client, for delegated sign-in. */
    public static final String DEFAULT_PUBLIC_CLIENT_ID = "fb78d390-0c51-40cd-8e17-fdbfab77341b";

    private static final String APP_ONLY_CHECK_TAIL = "the tenant, and that an administrator granted consent to the "
            + "Exchange.ManageAsApp application permission (Office 365 Exchange Online) and assigned the app an "
            + "Exchange role";

    private MsalCredentials() {
    }

    /**
     * App-only sign-in with a client secret.
     *
     * @param clientId the application (client) id of the app registration
     * @param secret   the secret's value (not its secret id)
     */
    public static Credentials clientSecret(String clientId, String secret) {
        return clientSecret(clientId, secret, null);
    }

    static Credentials clientSecret(String clientId, String secret, IHttpClient httpClient) {
        String id = MsalSupport.requireClientId(clientId, "clientId");
        if (MsalSupport.blank(secret)) {
            throw new IllegalArgumentException("The client secret is empty; pass the secret's value from the app "
                    + "registration (Certificates & secrets)");
        }
        String check = "the application (client) id " + id + ", that the client secret is the secret's value (not "
                + "its secret id) and has not expired, " + APP_ONLY_CHECK_TAIL;
        return new ConfidentialClientCredentials(id, ClientCredentialFactory.createFromSecret(secret),
                "secret=<redacted>", check, List.of(secret), httpClient);
    }

    /**
     * App-only sign-in with a certificate from a PKCS#12 (.pfx/.p12) stream holding the private key. The stream
     * is read to its end now (and not closed), so a wrong password fails here; it cannot serve a second credential
     * (that one fails with "the certificate stream is empty (already read?)"): for several tenants use
     * {@link #certificate(String, Path, char[])}, or keep the bytes and pass a new {@code ByteArrayInputStream}
     * each time.
     *
     * @param clientId the application (client) id of the app registration
     * @param pfx      the PKCS#12 content
     * @param password its password ({@code null} or empty for none)
     * @throws IllegalArgumentException when the file cannot be opened, has no key, or the key is not RSA
     */
    public static Credentials certificate(String clientId, InputStream pfx, char[] password) {
        String id = MsalSupport.requireClientId(clientId, "clientId");
        Objects.requireNonNull(pfx, "pfx");
        return fromCertificate(id, ClientCertificate.fromPkcs12(pfx, password == null ? new char[0] : password), null);
    }

    /**
     * App-only sign-in with a certificate from a PKCS#12 (.pfx/.p12) file, read (and closed) now, so a wrong
     * password fails here. Call it once per credential (per tenant, for a multi-tenant app): each call reads the
     * file again.
     *
     * @param clientId the application (client) id of the app registration
     * @param pfx      the PKCS#12 file
     * @param password its password ({@code null} or empty for none)
     * @throws IllegalArgumentException when the file cannot be read or opened, has no key, or the key is not RSA
     */
    public static Credentials certificate(String clientId, Path pfx, char[] password) {
        String id = MsalSupport.requireClientId(clientId, "clientId");
        Objects.requireNonNull(pfx, "pfx");
        try (InputStream in = Files.newInputStream(pfx)) {
            return fromCertificate(id, ClientCertificate.fromPkcs12(in, password == null ? new char[0] : password),
                    null);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the PKCS#12 certificate file " + pfx + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * App-only sign-in with a certificate given as PEM text.
     *
     * @param privateKeyPem  an unencrypted RSA key ({@code BEGIN PRIVATE KEY} or {@code BEGIN RSA PRIVATE KEY})
     * @param certificatePem the certificate, optionally followed by its chain ({@code BEGIN CERTIFICATE})
     * @throws IllegalArgumentException when either cannot be read or the key does not belong to the certificate
     */
    public static Credentials certificatePem(String clientId, String privateKeyPem, String certificatePem) {
        String id = MsalSupport.requireClientId(clientId, "clientId");
        Objects.requireNonNull(privateKeyPem, "privateKeyPem");
        Objects.requireNonNull(certificatePem, "certificatePem");
        return fromCertificate(id, ClientCertificate.fromPem(privateKeyPem, certificatePem), null);
    }

    static Credentials fromCertificate(String clientId, ClientCertificate certificate, IHttpClient httpClient) {
        String check = "the application (client) id " + clientId + ", that the certificate with thumbprint "
                + certificate.thumbprint() + " is uploaded to that app registration and has not expired, "
                + APP_ONLY_CHECK_TAIL;
        return new ConfidentialClientCredentials(clientId,
                ClientCredentialFactory.createFromCertificateChain(certificate.privateKey(), certificate.chain()),
                "certificate=" + certificate, check, List.of(), httpClient);
    }

    /**
     * Delegated sign-in of a user with the device-code flow: {@code prompt} receives the code and the page to
     * enter it on. Tenant defaults to {@code organizations} when the client has none.
     *
     * @param clientId a public client application id, e.g. {@link #DEFAULT_PUBLIC_CLIENT_ID}
     */
    public static Credentials deviceCode(String clientId, Consumer<DeviceCodePrompt> prompt) {
        return deviceCode(clientId, prompt, null);
    }

    /** {@link #deviceCode(String, Consumer)} with the module's public client {@link #DEFAULT_PUBLIC_CLIENT_ID}. */
    public static Credentials deviceCode(Consumer<DeviceCodePrompt> prompt) {
        return deviceCode(DEFAULT_PUBLIC_CLIENT_ID, prompt);
    }

    static Credentials deviceCode(String clientId, Consumer<DeviceCodePrompt> prompt, IHttpClient httpClient) {
        String id = MsalSupport.requireClientId(clientId, "clientId");
        Objects.requireNonNull(prompt, "prompt: something must show the device code to the user");
        return new DeviceCodeCredentials(id, prompt, httpClient);
    }

    /** App-only sign-in as the host's system-assigned managed identity. */
    public static Credentials managedIdentity() {
        return managedIdentity(null, null);
    }

    /**
     * App-only sign-in as a user-assigned managed identity.
     *
     * @param clientId the identity's client id
     */
    public static Credentials managedIdentity(String clientId) {
        return managedIdentity(MsalSupport.requireClientId(clientId, "clientId"), null);
    }

    static Credentials managedIdentity(String clientId, IHttpClient httpClient) {
        return new ManagedIdentityCredentials(clientId == null ? null : MsalSupport.requireClientId(clientId, "clientId"),
                httpClient);
    }
}
