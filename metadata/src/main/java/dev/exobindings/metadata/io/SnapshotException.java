package dev.exobindings.metadata.io;

/**
 * A snapshot could not be read, validated or written. The message names the file, the place (a JSON path such as
 * {@code $.cmdlets[12].parameters[3].name}, or a line and column for malformed JSON) and how to fix it.
 */
public final class SnapshotException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;

    /**
     * @param file     the snapshot's file or resource name
     * @param location JSON path or {@code line L, column C}
     * @param problem  what is wrong
     * @param fix      what to do about it
     */
    public SnapshotException(String file, String location, String problem, String fix) {
        super(file + ": " + location + ": " + problem + ". Fix: " + fix);
        this.file = file;
        this.location = location;
    }

    /** Same as {@link #SnapshotException(String, String, String, String)}, keeping an I/O cause. */
    public SnapshotException(String file, String location, String problem, String fix, Throwable cause) {
        super(file + ": " + location + ": " + problem + ". Fix: " + fix, cause);
        this.file = file;
        this.location = location;
    }

    /** The file or resource name the problem is in. */
    public String file() {
        return file;
    }

    /** The JSON path or line/column of the problem. */
    public String location() {
        return location;
    }
}
