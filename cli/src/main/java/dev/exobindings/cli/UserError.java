package dev.exobindings.cli;

/** A mistake the user can fix (a missing file, a bad value): printed as one message, no stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
