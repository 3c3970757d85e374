package dev.exobindings.runtime.error;

/** HTTP 401: the token was rejected (after one refresh). */
public class AuthenticationException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(ErrorInfo info) {
        super(info);
    }

    public AuthenticationException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
