package dev.exobindings.metadata.catalog;

/** The module catalog could not be read; the message names the file, the JSON path and the fix. */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param file    the catalog file
     * @param path    JSON path or line/column of the problem
     * @param problem what is wrong
     * @param fix     what to do about it
     */
    public CatalogException(String file, String path, String problem, String fix) {
        super(file + ": " + path + ": " + problem + ". Fix: " + fix);
    }
}
