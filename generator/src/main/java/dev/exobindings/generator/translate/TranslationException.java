package dev.exobindings.generator.translate;

/** Internal: carries a {@link Problem} out of the parser and binder; callers get a {@link Translation}. */
final class TranslationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    TranslationException(Problem.Kind kind, int column, String message) {
        this(kind, column, message, null);
    }

    TranslationException(Problem.Kind kind, int column, String message, String parameter) {
        super(message, null, false, false);
        this.problem = new Problem(kind, column, message, parameter);
    }

    Problem problem() {
        return problem;
    }
}
