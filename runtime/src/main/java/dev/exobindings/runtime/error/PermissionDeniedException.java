package dev.exobindings.runtime.error;

/** HTTP 403 or "not allowed to call": the caller lacks the Exchange role for this cmdlet. */
public class PermissionDeniedException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(ErrorInfo info) {
        super(info);
    }

    public PermissionDeniedException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
