package dev.exobindings.runtime.auth;

import dev.exobindings.runtime.error.AuthException;
import dev.exobindings.runtime.error.ErrorInfo;

/**
 * Signing in failed. The message says what to check (application id, secret or certificate, tenant, consent,
 * roles); it never contains a secret, password or token. Shares {@link AuthException} with the service's 401
 * ({@code AuthenticationException}), so one catch handles both; as an {@code ExchangeException} it also becomes the
 * failure of each batch item it hit instead of escaping {@code invokeAll}.
 */
public class AuthenticationFailedException extends AuthException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that is safe to log. */
    public AuthenticationFailedException(String message) {
        this(message, null);
    }

    /**
     * Creates the exception with a message that is safe to log. The cause is kept for its type and stack only;
     * callers pass causes whose messages carry no secrets (MSAL's do not).
     */
    public AuthenticationFailedException(String message, Throwable cause) {
        super(message, cause, new ErrorInfo(-1, null, null, message, null, null, null, null, null, null));
    }
}
