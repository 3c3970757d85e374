package dev.exobindings.metadata.csdl;

/** A CSDL document that cannot be read; the message names the file, the place and the fix. */
public final class CsdlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String problem;

    /**
     * @param problem the file, the place and what is wrong
     * @param fix     what the user does about it, for a file given to the reader; a caller that knows better (a
     *                capture, which downloaded the document itself) says its own with {@link #problem()}
     */
    public CsdlException(String problem, String fix) {
        super(problem + "; " + fix);
        this.problem = problem;
    }

    /** The file, the place and what is wrong, without the fix. */
    public String problem() {
        return problem;
    }
}
