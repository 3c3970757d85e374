package dev.exobindings.runtime.auth;

/**
 * How to sign in, independent of tenant and cloud: the client builder supplies those through an
 * {@link AuthContext} when it builds the {@link TokenProvider}. Implementations: {@code MsalCredentials.*},
 * {@code StaticCredentials.*}.
 */
@FunctionalInterface
public interface Credentials {
    /** Creates the token provider for one client. */
    TokenProvider tokenProvider(AuthContext context);
}
