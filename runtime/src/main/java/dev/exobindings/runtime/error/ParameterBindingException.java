package dev.exobindings.runtime.error;

/** HTTP 400 from parameter binding or validation: a value or parameter combination was refused. */
public class ParameterBindingException extends ExchangeException {
    private static final long serialVersionUID = 1L;

    public ParameterBindingException(ErrorInfo info) {
        super(info);
    }

    public ParameterBindingException(ErrorInfo info, Throwable cause) {
        super(info, cause);
    }
}
