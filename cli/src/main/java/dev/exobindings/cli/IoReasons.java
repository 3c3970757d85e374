package dev.exobindings.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why a file could not be read, in words: the JDK's file exceptions carry only the path as their message
 * ({@code NoSuchFileException: nope.pfx}), which says nothing to a reader who already sees the path.
 */
final class IoReasons {
    private IoReasons() {
    }

    /** E.g. {@code "does not exist"}, {@code "is not readable (access denied)"}, or the exception's own reason. */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "is not readable (access denied)";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return "cannot be read: " + f.getReason();
        }
        return "cannot be read: " + e.getMessage();
    }
}
