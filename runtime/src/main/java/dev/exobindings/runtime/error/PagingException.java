package dev.exobindings.runtime.error;

/** The service returned the same {@code @odata.nextLink} twice; following it would loop forever. */
public class PagingException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public PagingException(ErrorInfo info) {
        super(info);
    }

    public PagingException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
