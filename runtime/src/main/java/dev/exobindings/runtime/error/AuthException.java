package dev.exobindings.runtime.error;

/**
 * Authentication failed, either way: signing in to the identity platform failed
 * ({@code dev.exobindings.runtime.auth.AuthenticationFailedException}) or the service rejected the token
 * ({@link AuthenticationException}, HTTP 401 after the one refresh). Catch this to handle both.
 */
public class AuthException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public AuthException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }

    /** With a message used verbatim (sign-in failures have no HTTP call of their own). */
    protected AuthException(String message, Throwable cause, ErrorInfo info) {
        super(message, cause, info);
    }
}
