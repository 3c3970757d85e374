package dev.exobindings.metadata.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a hidden temporary file in the same folder and a move, so a reader never sees half a file
 * and a failure leaves the old file (or none). Shared by the snapshot writer, the generator and the Maven plugin.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8; see {@link #write(Path, byte[])}. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code file}, creating its folder; the file gets the permissions a plain write gives. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = temporaryBeside(target);
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The temporary file, created empty. First choice is a fixed name, {@code .Name.tmp}, created like a plain file
     * (so it gets the permissions a plain write would): a generator run writes a thousand files, and a random name
     * from {@link Files#createTempFile} costs a secure random number and a permission change for each. If that name
     * is taken (another writer at work, or a crash left it), a fresh random name is used, opened up as a plain file
     * would be.
     */
    private static Path temporaryBeside(Path target) throws IOException {
        Path fixed = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            return Files.createFile(fixed);
        } catch (FileAlreadyExistsException taken) {
            Path random = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            readableByAll(random);
            return random;
        }
    }

    /** Random temporary files are created owner-only; the file they become should not be. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
