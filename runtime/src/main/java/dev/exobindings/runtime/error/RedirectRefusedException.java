package dev.exobindings.runtime.error;

/**
 * The service answered 3xx with a {@code Location} outside the client's host family (or redirected too often);
 * the redirect was not followed and the token was not sent there.
 */
public class RedirectRefusedException extends UnexpectedHostException {
    private static final long serialVersionUID = 1L;

    public RedirectRefusedException(ErrorInfo info) {
        super(info);
    }
}
