package dev.exobindings.runtime.error;

/** HTTP 401: the token was rejected (after one refresh). */
public class AuthenticationException extends AuthException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorInfo info) {
        super(info, null);
    }

    public AuthenticationException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
