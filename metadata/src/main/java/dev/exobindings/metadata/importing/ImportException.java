package dev.exobindings.metadata.importing;

/** An import request is incomplete or contradicts itself; the message names the setting and the fix. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param setting the request setting at fault (e.g. {@code captureDate})
     * @param problem what is wrong
     * @param fix     what to do about it
     */
    public ImportException(String setting, String problem, String fix) {
        super("import " + setting + ": " + problem + ". Fix: " + fix);
    }
}
