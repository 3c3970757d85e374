package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.ManagedIdentityApplication;
import com.microsoft.aad.msal4j.ManagedIdentityId;
import com.microsoft.aad.msal4j.ManagedIdentityParameters;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * App-only sign-in as the Azure managed identity of the host (system-assigned, or user-assigned by client id).
 * The tenant and authority of the client are not used: the host's identity endpoint decides them.
 */
final class ManagedIdentityCredentials implements Credentials {
    private static final String CHECK = "that the code runs on an Azure host with a managed identity enabled "
            + "(or with the given user-assigned identity attached), and that the identity was granted the "
            + "Exchange.ManageAsApp application permission and an Exchange role";

    /** The user-assigned identity's client id, or {@code null} for the system-assigned identity. */
    private final String clientId;
    private final IHttpClient httpClient;

    ManagedIdentityCredentials(String clientId, IHttpClient httpClient) {
        this.clientId = clientId;
        this.httpClient = httpClient;
    }

    @Override
    public TokenProvider tokenProvider(AuthContext context) {
        ManagedIdentityId id = clientId == null
                ? ManagedIdentityId.systemAssigned() : ManagedIdentityId.userAssignedClientId(clientId);
        ManagedIdentityApplication.Builder builder = ManagedIdentityApplication.builder(id);
        if (httpClient != null) {
            builder.httpClient(httpClient);
        }
        ManagedIdentityApplication app = builder.build();
        return CachingTokenProvider.of(new Acquirer(app, context));
    }

    /** The managed identity endpoint takes a resource, not a scope: {@code https://host/.default} → {@code https://host/}. */
    static String resource(String scope) {
        return scope.endsWith("/.default") ? scope.substring(0, scope.length() - ".default".length()) : scope;
    }

    @Override
    public String toString() {
        return "MsalCredentials[managedIdentity, " + (clientId == null ? "systemAssigned" : "clientId=" + clientId) + "]";
    }

    private final class Acquirer implements TokenProvider {
        private final ManagedIdentityApplication app;
        private final AuthContext context;

        Acquirer(ManagedIdentityApplication app, AuthContext context) {
            this.app = app;
            this.context = context;
        }

        @Override
        public AccessToken token(TokenRequest request) {
            ManagedIdentityParameters.ManagedIdentityParametersBuilder parameters = ManagedIdentityParameters
                    .builder(resource(MsalSupport.scope(request, context))).forceRefresh(request.forceRefresh());
            if (request.claims() != null) {
                parameters.claims(request.claims());
            }
            String what = "Managed identity sign-in (" + ManagedIdentityCredentials.this + ")";
            CompletableFuture<IAuthenticationResult> pending;
            try {
                pending = app.acquireTokenForManagedIdentity(parameters.build());
            } catch (Exception e) {
                throw MsalFailures.translate(e, what, CHECK, List.of());
            }
            return MsalSupport.toAccessToken(MsalFailures.await(pending, what, CHECK, List.of()));
        }

        @Override
        public String toString() {
            return ManagedIdentityCredentials.this.toString();
        }
    }
}
