package dev.exobindings.metadata.csdl;

/** A CSDL document that cannot be read; the message names the file, the place and the fix. */
public final class CsdlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CsdlException(String message) {
        super(message);
    }
}
