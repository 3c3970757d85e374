package dev.exobindings.generator.translate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a PowerShell script file as PowerShell writes them: UTF-8 with or without a byte order mark, or UTF-16
 * with one (what Windows PowerShell's {@code Out-File} and {@code >} produce by default). Anything else (a file
 * holding a NUL byte too: UTF-16 without a byte order mark) is refused
 * with the fix instead of being read as mojibake.
 */
public final class ScriptFiles {
    private static final String FIX = ". Fix: save the script as UTF-8 (with or without a byte order mark) or as"
            + " UTF-16 with one";

    private ScriptFiles() {
    }

    /**
     * The script's text, without its byte order mark.
     *
     * @throws EncodingException when the bytes are not UTF-8 and carry no UTF-16 byte order mark
     * @throws IOException       when the file cannot be read
     */
    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return decode(file, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return decode(file, bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return decode(file, bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) {
                // UTF-16 without a byte order mark decodes as "UTF-8" with a NUL beside every ASCII character
                throw new EncodingException(file + " is not UTF-8 and has no UTF-16 byte order mark (it holds NUL"
                        + " bytes, as UTF-16 text without one does)" + FIX);
            }
        }
        return decode(file, bytes, 0, StandardCharsets.UTF_8);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(Path file, byte[] bytes, int offset, Charset charset) throws EncodingException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new EncodingException(file + " is not " + charset.name() + (offset == 0
                    ? " and has no UTF-16 byte order mark" : " although its byte order mark says so")
                    + FIX);
        }
    }

    /** The script's bytes are in no encoding PowerShell writes scripts in; the message says how to save it. */
    public static final class EncodingException extends IOException {
        private static final long serialVersionUID = 1L;

        EncodingException(String message) {
            super(message);
        }
    }
}
