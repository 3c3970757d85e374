package dev.exobindings.metadata.docs;

/**
 * A docs page is malformed beyond the known quirks the importer tolerates. The message names the file, the
 * 1-based line, what is wrong and how to fix it; the importer never writes partial output after this.
 */
public class DocsImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;

    /**
     * @param fileName page the problem is in
     * @param line     1-based line of the problem
     * @param problem  what is wrong
     * @param fix      how to fix the page
     */
    public DocsImportException(String fileName, int line, String problem, String fix) {
        super(fileName + ":" + line + ": " + problem + ". Fix: " + fix);
        this.fileName = fileName;
        this.line = line;
    }

    /** The page the problem is in. */
    public String fileName() {
        return fileName;
    }

    /** The 1-based line of the problem. */
    public int line() {
        return line;
    }
}
