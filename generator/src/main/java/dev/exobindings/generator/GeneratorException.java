package dev.exobindings.generator;

/** A user's mistake (bad snapshot, bad configuration): the message says what is wrong and how to fix it. */
public class GeneratorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GeneratorException(String message) {
        super(message);
    }

    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
