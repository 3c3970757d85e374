package dev.exobindings.runtime.error;

/** The invocation's overall time budget ran out (retries and pages included). */
public class InvocationTimeoutException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public InvocationTimeoutException(ErrorInfo info) {
        super(info);
    }

    public InvocationTimeoutException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
