package dev.exobindings.capture;

/**
 * A capture failed; nothing was written. The message says what happened and what to do, and never carries a token
 * or secret. {@link #kind()} tells callers (the plugin goal, the command line) which case it is.
 */
public final class CaptureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The cases a caller may want to tell apart. */
    public enum Kind {
        /** Signing in failed (credentials, consent, tenant at the login authority). */
        SIGN_IN,
        /** The service refused the token (HTTP 401). */
        UNAUTHORIZED,
        /** The account has no Exchange role that allows the download (HTTP 403). */
        FORBIDDEN,
        /** The tenant does not exist. */
        UNKNOWN_TENANT,
        /** The answer holds no module text. */
        NO_MODULE,
        /** The module text could not be parsed. */
        UNPARSABLE_MODULE,
        /** {@code $metadata} could not be downloaded. */
        METADATA,
        /** Another HTTP status or a network failure. */
        SERVICE,
        /** The result could not be written. */
        OUTPUT
    }

    private final Kind kind;

    public CaptureException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CaptureException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Which case this is. */
    public Kind kind() {
        return kind;
    }
}
