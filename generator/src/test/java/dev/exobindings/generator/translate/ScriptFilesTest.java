package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Script files in the encodings PowerShell writes them in. */
class ScriptFilesTest {
    private static final String SCRIPT = "Set-Mailbox -Identity 'Grüße' -DisplayName \"Ω\"\r\n";

    @TempDir
    Path dir;

    private Path write(byte[] bom, java.nio.charset.Charset charset) throws IOException {
        byte[] text = SCRIPT.getBytes(charset);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        return Files.write(dir.resolve("script.ps1"), bytes);
    }

    @Test
    void readsUtf8WithAndWithoutItsMarkAndUtf16WithItsMark() throws IOException {
        assertEquals(SCRIPT, ScriptFiles.read(write(new byte[0], StandardCharsets.UTF_8)));
        assertEquals(SCRIPT, ScriptFiles.read(write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                StandardCharsets.UTF_8)), "the mark is not part of the text");
        assertEquals(SCRIPT, ScriptFiles.read(write(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE)),
                "Windows PowerShell's Out-File default");
        assertEquals(SCRIPT, ScriptFiles.read(write(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE)));
    }

    @Test
    void anotherEncodingIsRefusedWithTheFix() throws IOException {
        Path latin1 = write(new byte[0], StandardCharsets.ISO_8859_1);
        ScriptFiles.EncodingException e = assertThrows(ScriptFiles.EncodingException.class,
                () -> ScriptFiles.read(latin1));
        assertEquals(latin1 + " is not UTF-8 and has no UTF-16 byte order mark. Fix: save the script as UTF-8 (with "
                + "or without a byte order mark) or as UTF-16 with one", e.getMessage());
        Path utf16WithoutMark = write(new byte[0], StandardCharsets.UTF_16LE);
        assertTrue(assertThrows(ScriptFiles.EncodingException.class, () -> ScriptFiles.read(utf16WithoutMark))
                .getMessage().startsWith(utf16WithoutMark + " is not UTF-8"));
    }

    @Test
    void utf16WithoutItsMarkIsRefusedEvenWhenItsBytesAreValidUtf8() throws IOException {
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            // ASCII only: every byte pair is a character and a NUL, which UTF-8 decodes without an error
            Path file = Files.write(dir.resolve("ascii.ps1"), "Get-Mailbox -Identity vasil\r\n".getBytes(utf16));
            ScriptFiles.EncodingException e = assertThrows(ScriptFiles.EncodingException.class,
                    () -> ScriptFiles.read(file), utf16.name());
            assertTrue(e.getMessage().startsWith(file + " is not UTF-8 and has no UTF-16 byte order mark"),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith(". Fix: save the script as UTF-8 (with or without a byte order mark)"
                    + " or as UTF-16 with one"), e.getMessage());
        }
    }
}
