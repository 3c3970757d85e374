package dev.exobindings.metadata.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * Writes {@code bytes} to {@code file}, creating its folder; the file gets the permissions a plain write gives.
     * The temporary file is created and written through one open, and removed only when the move did not happen:
     * a generator run writes a thousand files, and every extra system call shows.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            Files.createDirectories(target.getParent());
        }
        moveInPlace(writeTemporaryBeside(target, bytes), target);
    }

    /**
     * Writes files that belong together (a capture's six files): every temporary file first, and only when all are
     * written whole, and no target is a folder, are they moved into place. A failure before that (a folder that
     * cannot be created, a full disk) removes the temporary files and leaves every old file as it was.
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = file.getKey().toAbsolutePath();
                if (!Files.isDirectory(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                if (Files.isDirectory(target)) {
                    throw new IOException(target + " is a folder");
                }
                temporaries.put(target, writeTemporaryBeside(target, file.getValue()));
            }
        } catch (IOException | RuntimeException e) {
            for (Path temporary : temporaries.values()) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        for (Map.Entry<Path, Path> moved : temporaries.entrySet()) {
            moveInPlace(moved.getValue(), moved.getKey());
        }
    }

    /** Moves a written temporary file onto its target (atomically where the file system can); removes it on failure. */
    private static void moveInPlace(Path temp, Path target) throws IOException {
        boolean moved = false;
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The temporary file, created new and holding {@code bytes}. First choice is a fixed name, {@code .Name.tmp},
     * created like a plain file (so it gets the permissions a plain write would): a random name from
     * {@link Files#createTempFile} costs a secure random number and a permission change for each file. If that name
     * is taken (another writer at work, or a crash left it), a fresh random name is used, opened up as a plain file
     * would be. A temporary file that could not be written whole is removed.
     */
    private static Path writeTemporaryBeside(Path target, byte[] bytes) throws IOException {
        Path fixed = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            writeWhole(fixed, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return fixed;
        } catch (FileAlreadyExistsException taken) {
            Path random = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                readableByAll(random);
            } catch (IOException e) {
                Files.deleteIfExists(random);
                throw e;
            }
            writeWhole(random, bytes, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            return random;
        }
    }

    /** Opens (creating the file, or failing, as {@code options} say), then writes all; a half-written file is removed. */
    private static void writeWhole(Path file, byte[] bytes, OpenOption... options) throws IOException {
        FileChannel channel = FileChannel.open(file, options);
        boolean written = false;
        try (channel) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            written = true;
        } finally {
            if (!written) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Random temporary files are created owner-only; the file they become should not be. */
    private static void readableByAll(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
