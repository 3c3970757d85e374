package dev.exobindings.runtime.auth;

import com.microsoft.aad.msal4j.ClaimsRequest;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What every MSAL-backed provider shares: input checks, the authority URL, the scope, the result mapping. */
final class MsalSupport {
    static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com";
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9.-]+");

    private MsalSupport() {
    }

    /**
     * Checks an application (client) id. The value is not echoed: a common mistake is swapping the id and the
     * secret, and the secret must not end up in an exception message.
     */
    static String requireClientId(String clientId, String parameter) {
        if (clientId == null || !GUID.matcher(clientId.strip()).matches()) {
            throw new IllegalArgumentException(parameter + " must be the application (client) id of the app "
                    + "registration, a GUID such as 00000000-0000-0000-0000-000000000000; got "
                    + (clientId == null ? "null" : "a value of " + clientId.length() + " characters that is not a GUID")
                    + " (were the client id and the secret swapped?)");
        }
        return clientId.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code context.authority() + "/" + tenant}, the tenant falling back to {@code fallbackTenant}. */
    static String authority(AuthContext context, String fallbackTenant, String signInKind) {
        String base = context == null || blank(context.authority()) ? DEFAULT_AUTHORITY : context.authority().strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (!base.startsWith("https://")) {
            throw new IllegalArgumentException("The login authority must be an https:// URL such as "
                    + DEFAULT_AUTHORITY + "; got '" + base + "'");
        }
        String tenant = context == null ? null : context.tenant();
        if (blank(tenant)) {
            if (fallbackTenant == null) {
                throw new IllegalArgumentException(signInKind + " needs the tenant: set it on the client builder "
                        + "(ExchangeClient.builder().tenant(\"contoso.onmicrosoft.com\") or the tenant id GUID)");
            }
            tenant = fallbackTenant;
        }
        tenant = tenant.strip();
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("The tenant must be a domain such as contoso.onmicrosoft.com or a "
                    + "tenant id GUID; got '" + tenant + "'");
        }
        return base + "/" + tenant;
    }

    /** The request's scope, else the client's. */
    static String scope(TokenRequest request, AuthContext context) {
        String scope = request.scope() != null ? request.scope() : context == null ? null : context.scope();
        if (blank(scope)) {
            throw new IllegalArgumentException("No scope to request a token for; the client builder sets it per "
                    + "cloud, e.g. https://outlook.office365.com/.default");
        }
        return scope.strip();
    }

    static Set<String> scopes(TokenRequest request, AuthContext context) {
        return Set.of(scope(request, context));
    }

    /** MSAL's form of a claims challenge, or {@code null}. */
    static ClaimsRequest claims(TokenRequest request) {
        if (request.claims() == null) {
            return null;
        }
        try {
            return ClaimsRequest.formatAsClaimsRequest(request.claims());
        } catch (RuntimeException e) {
            throw new AuthenticationFailedException("The claims challenge from the service is not the JSON object "
                    + "the identity platform expects (" + e.getClass().getSimpleName() + "); it is passed on as "
                    + "received from the WWW-Authenticate header's claims parameter, base64-decoded");
        }
    }

    static AccessToken toAccessToken(IAuthenticationResult result) {
        return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
