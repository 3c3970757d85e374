package dev.exobindings.metadata.traits;

/** A module-traits table could not be read; the message names the file, the line and the fix. */
public final class ModuleTraitsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file    the table's file name
     * @param line    1-based line of the problem
     * @param problem what is wrong
     * @param fix     what to do about it
     */
    public ModuleTraitsException(String file, int line, String problem, String fix) {
        super(file + ":" + line + ": " + problem + ". Fix: " + fix);
    }
}
