package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.DeviceCode;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import java.net.MalformedURLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delegated sign-in of a user through the device-code flow of a public client. After the first sign-in, tokens
 * are renewed silently with MSAL's refresh token; the user is prompted again only when that fails.
 */
final class DeviceCodeCredentials implements Credentials {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceCodeCredentials.class);
    private static final long SUBMIT_WAIT_SECONDS = 30;
    private static final String CHECK = "the tenant, that the user finished signing in on the verification page "
            + "before the code expired, that the account holds an Exchange administrator role, and that the "
            + "application (client) id is a public client allowed in the tenant (admin consent)";

    private final String clientId;
    private final Consumer<DeviceCodePrompt> prompt;
    private final IHttpClient httpClient;

    DeviceCodeCredentials(String clientId, Consumer<DeviceCodePrompt> prompt, IHttpClient httpClient) {
        this.clientId = clientId;
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.httpClient = httpClient;
    }

    @Override
    public TokenProvider tokenProvider(AuthContext context) {
        String authority = MsalSupport.authority(context, "organizations", "Device-code sign-in");
        PublicClientApplication app;
        try {
            PublicClientApplication.Builder builder = PublicClientApplication.builder(clientId).authority(authority);
            if (httpClient != null) {
                builder.httpClient(httpClient);
            }
            app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The login authority '" + authority + "' is not a valid URL");
        }
        return CachingTokenProvider.of(new Acquirer(app, context, "Device-code sign-in with app " + clientId
                + " at " + authority));
    }

    @Override
    public String toString() {
        return "MsalCredentials[deviceCode, clientId=" + clientId + "]";
    }

    private final class Acquirer implements TokenProvider {
        private final PublicClientApplication app;
        private final AuthContext context;
        private final String what;
        /** The signed-in user, once known; guarded by the single-flight of {@link CachingTokenProvider}. */
        private volatile IAccount account;

        Acquirer(PublicClientApplication app, AuthContext context, String what) {
            this.app = app;
            this.context = context;
            this.what = what;
        }

        @Override
        public AccessToken token(TokenRequest request) {
            IAccount known = account;
            if (known != null) {
                AccessToken silent = silently(request, known);
                if (silent != null) {
                    return silent;
                }
            }
            // MSAL 1.26 starts polling right after the prompt and then reads a future reference it only sets once
            // acquireToken has returned; with a fast login host the poll can win that race and fail. Holding the
            // prompt until acquireToken has returned closes the race.
            CountDownLatch submitted = new CountDownLatch(1);
            DeviceCodeFlowParameters.DeviceCodeFlowParametersBuilder parameters = DeviceCodeFlowParameters
                    .builder(MsalSupport.scopes(request, context), code -> show(code, submitted));
            if (request.claims() != null) {
                parameters.claims(MsalSupport.claims(request));
            }
            CompletableFuture<IAuthenticationResult> pending;
            try {
                pending = app.acquireToken(parameters.build());
            } finally {
                submitted.countDown();
            }
            IAuthenticationResult result = MsalFailures.await(pending, what, CHECK, List.of());
            account = result.account();
            return MsalSupport.toAccessToken(result);
        }

        /** Renews with the cached refresh token; {@code null} when the user has to sign in again. */
        private AccessToken silently(TokenRequest request, IAccount known) {
            SilentParameters.SilentParametersBuilder parameters = SilentParameters
                    .builder(MsalSupport.scopes(request, context), known).forceRefresh(request.forceRefresh());
            if (request.claims() != null) {
                parameters.claims(MsalSupport.claims(request));
            }
            try {
                return MsalSupport.toAccessToken(app.acquireTokenSilently(parameters.build()).get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AuthenticationFailedException(what + " was interrupted");
            } catch (ExecutionException | MalformedURLException | RuntimeException e) {
                // Only the type: MSAL's text is not ours to vouch for. The user is prompted again, which is visible.
                LOG.debug("Silent token renewal failed ({}); asking the user for a new device-code sign-in",
                        e.getClass().getSimpleName());
                return null;
            }
        }

        private void show(DeviceCode code, CountDownLatch submitted) {
            try {
                if (!submitted.await(SUBMIT_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.debug("acquireToken did not return within {} s; showing the device code anyway",
                            SUBMIT_WAIT_SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            prompt.accept(new DeviceCodePrompt(code.userCode(), code.verificationUri(),
                    Duration.ofSeconds(code.expiresIn()), code.message()));
        }

        @Override
        public String toString() {
            return DeviceCodeCredentials.this + " at " + app.authority();
        }
    }
}
