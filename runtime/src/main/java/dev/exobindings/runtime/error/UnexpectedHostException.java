package dev.exobindings.runtime.error;

/**
 * A request would have carried the bearer token to a host outside the client's host family (another domain, plain
 * http, another port); nothing was sent to it.
 */
public class UnexpectedHostException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public UnexpectedHostException(ErrorInfo info) {
        super(info);
    }
}
