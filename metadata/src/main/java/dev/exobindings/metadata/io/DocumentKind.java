package dev.exobindings.metadata.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What a document starts with, looked at before parsing: a snapshot and a {@code $metadata} file sit side by side
 * after a capture, and handing one where the other goes is an easy slip. The parsers' own errors ("Unexpected
 * character '<'", "Content is not allowed in prolog") do not say that; this lets the readers say so.
 */
public enum DocumentKind {
    /** Starts with {@code {} or {@code [}. */
    JSON,
    /** Starts with {@code <}. */
    XML,
    /** Anything else, or empty. */
    OTHER;

    private static final int LOOK_AHEAD = 256;

    /**
     * A stream that reads like {@code in} (buffered, so it can be looked at first).
     */
    public static InputStream rewindable(InputStream in) {
        return in.markSupported() ? in : new BufferedInputStream(in);
    }

    /**
     * The kind of what {@code in} starts with, past whitespace and a UTF-8 byte order mark; {@code in} is left at
     * its start. {@code in} must support mark (see {@link #rewindable(InputStream)}).
     */
    public static DocumentKind peek(InputStream in) throws IOException {
        in.mark(LOOK_AHEAD);
        try {
            for (int i = 0; i < LOOK_AHEAD; i++) {
                int b = in.read();
                if (b == -1) {
                    return OTHER;
                }
                if (Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF) {
                    continue; // whitespace, or a byte of the UTF-8 byte order mark
                }
                return b == '{' || b == '[' ? JSON : b == '<' ? XML : OTHER;
            }
            return OTHER;
        } finally {
            in.reset();
        }
    }
}
