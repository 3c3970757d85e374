package dev.exobindings.runtime.error;

/** HTTP 404 or ManagementObjectNotFoundException: the identity does not exist. */
public class ObjectNotFoundException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public ObjectNotFoundException(ErrorInfo info) {
        super(info);
    }

    public ObjectNotFoundException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
