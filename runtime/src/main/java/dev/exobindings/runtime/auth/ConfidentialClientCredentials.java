package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.aad.msal4j.IClientCredential;
import com.microsoft.aad.msal4j.IHttpClient;
import java.net.MalformedURLException;
import java.util.List;

/**
 * App-only sign-in (client credentials grant) with a client secret or a certificate. One MSAL confidential
 * client per {@link #tokenProvider(AuthContext)} call, i.e. per Exchange client.
 */
final class ConfidentialClientCredentials implements Credentials {
    private final String clientId;
    private final IClientCredential credential;
    private final String credentialDescription;
    private final String check;
    private final List<String> secrets;
    private final IHttpClient httpClient;

    /**
     * @param credentialDescription how toString shows the credential (never the secret itself)
     * @param check                 what to verify when sign-in fails
     * @param secrets               strings that must never appear in an error message
     * @param httpClient            MSAL's HTTP client, {@code null} for its default (tests inject a fake)
     */
    ConfidentialClientCredentials(String clientId, IClientCredential credential, String credentialDescription,
            String check, List<String> secrets, IHttpClient httpClient) {
        this.clientId = clientId;
        this.credential = credential;
        this.credentialDescription = credentialDescription;
        this.check = check;
        this.secrets = List.copyOf(secrets);
        this.httpClient = httpClient;
    }

    @Override
    public TokenProvider tokenProvider(AuthContext context) {
        String authority = MsalSupport.authority(context, null, "App-only sign-in");
        ConfidentialClientApplication app;
        try {
            ConfidentialClientApplication.Builder builder =
                    ConfidentialClientApplication.builder(clientId, credential).authority(authority);
            if (httpClient != null) {
                builder.httpClient(httpClient);
            }
            app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("The login authority '" + authority + "' is not a valid URL");
        }
        String what = "App-only sign-in of app " + clientId + " at " + authority;
        return CachingTokenProvider.of(new Acquirer(app, context, what));
    }

    @Override
    public String toString() {
        return "MsalCredentials[appOnly, clientId=" + clientId + ", " + credentialDescription + "]";
    }

    /** Runs the client credentials grant; MSAL's own cache is skipped when the caller forces a refresh. */
    private final class Acquirer implements TokenProvider {
        private final ConfidentialClientApplication app;
        private final AuthContext context;
        private final String what;

        Acquirer(ConfidentialClientApplication app, AuthContext context, String what) {
            this.app = app;
            this.context = context;
            this.what = what;
        }

        @Override
        public AccessToken token(TokenRequest request) {
            ClientCredentialParameters.ClientCredentialParametersBuilder parameters =
                    ClientCredentialParameters.builder(MsalSupport.scopes(request, context))
                            .skipCache(request.forceRefresh() || request.claims() != null);
            if (request.claims() != null) {
                parameters.claims(MsalSupport.claims(request));
            }
            return MsalSupport.toAccessToken(MsalFailures.await(app.acquireToken(parameters.build()), what, check, secrets));
        }

        @Override
        public String toString() {
            return ConfidentialClientCredentials.this + " at " + app.authority();
        }
    }
}
