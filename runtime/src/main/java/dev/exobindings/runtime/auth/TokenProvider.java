package dev.exobindings.runtime.auth;

/** Supplies bearer tokens for the Exchange Online resource. Implementations must be thread-safe. */
@FunctionalInterface
public interface TokenProvider {
    /**
     * Returns a token valid for {@code request.scope()}.
     * {@code request.forceRefresh()} asks for a new token (after a 401); {@code request.claims()} carries a
     * claims challenge when the service sent one.
     */
    AccessToken token(TokenRequest request);
}
