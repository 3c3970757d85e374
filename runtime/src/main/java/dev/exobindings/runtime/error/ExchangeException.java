package dev.exobindings.runtime.error;

import dev.exobindings.runtime.log.Redactor;
import java.util.Objects;

/**
 * A cmdlet call failed. Carries what the service said; the message never contains a token
 * (it passes through {@link Redactor}).
 */
public class ExchangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorInfo info;

    public ExchangeException(ErrorInfo info) {
        this(info, null);
    }

    public ExchangeException(ErrorInfo info, Throwable cause) {
        super(describe(Objects.requireNonNull(info, "info")), cause);
        this.info = info;
    }

    /** With a message used verbatim (passed through the redactor) instead of one built from {@code info}. */
    protected ExchangeException(String message, Throwable cause, ErrorInfo info) {
        super(Redactor.redact(message), cause);
        this.info = Objects.requireNonNull(info, "info");
    }

    /** All parsed fields. */
    public ErrorInfo info() {
        return info;
    }

    /** HTTP status, or -1 when no response arrived. */
    public int httpStatus() {
        return info.httpStatus();
    }

    /** {@code error.code}, e.g. {@code NotFound}. */
    public String errorCode() {
        return info.code();
    }

    /** Server exception class, e.g. {@code Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException}. */
    public String exceptionType() {
        return info.exceptionType();
    }

    /** The service's message. */
    public String serviceMessage() {
        return info.message();
    }

    /** {@code details[0].target}. */
    public String target() {
        return info.target();
    }

    /** The invocation's {@code client-request-id}. */
    public String requestId() {
        return info.clientRequestId();
    }

    /** The service's {@code request-id} header. */
    public String serverRequestId() {
        return info.serverRequestId();
    }

    /**
     * Whether the call may have been applied although it failed (see {@link OutcomeUnknownException}); false
     * means it was not applied, or it was a read.
     */
    public boolean outcomeUnknown() {
        return false;
    }

    /** The cmdlet called. */
    public String cmdlet() {
        return info.cmdlet();
    }

    private static String describe(ErrorInfo i) {
        StringBuilder sb = new StringBuilder();
        sb.append(i.cmdlet() == null ? "cmdlet" : i.cmdlet()).append(" failed");
        sb.append(" (HTTP ").append(i.httpStatus() < 0 ? "-" : String.valueOf(i.httpStatus()));
        if (i.code() != null) {
            sb.append(' ').append(i.code());
        }
        if (i.exceptionType() != null) {
            sb.append(", ").append(i.exceptionType());
        }
        sb.append("): ").append(i.message() == null ? "no message" : i.message());
        if (i.target() != null && !i.target().isEmpty()) {
            sb.append(" [target=").append(i.target()).append(']');
        }
        if (i.clientRequestId() != null) { // null: nothing was sent
            sb.append(" [client-request-id=").append(i.clientRequestId());
            if (i.serverRequestId() != null) {
                sb.append(", request-id=").append(i.serverRequestId());
            }
            sb.append(']');
        }
        return Redactor.redact(sb.toString());
    }
}
