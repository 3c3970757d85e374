package dev.exobindings.runtime.auth;

/**
 * Signing in failed. The message says what to check (application id, secret or certificate, tenant, consent,
 * roles); it never contains a secret, password or token.
 */
public class AuthenticationFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that is safe to log. */
    public AuthenticationFailedException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message that is safe to log. The cause is kept for its type and stack only;
     * callers pass causes whose messages carry no secrets (MSAL's do not).
     */
    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
