package dev.exobindings.metadata;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkedNumbersTest {
    @TempDir
    Path dir;

    @Test
    void readsMarkedNumbersWithThousandsSeparators() throws Exception {
        Path md = Files.writeString(dir.resolve("R.md"), "a <!--n:x.files-->1 056 files, <!--n:x.enums-->160 enums\n"
                + "b <!--n:x.params-->6,567 and <!--n:y.one-->7.\n");
        assertEquals(List.of(new MarkedNumbers.Mark("x.files", 1056, 1), new MarkedNumbers.Mark("x.enums", 160, 1),
                new MarkedNumbers.Mark("x.params", 6567, 2), new MarkedNumbers.Mark("y.one", 7, 2)), MarkedNumbers.read(md));
        MarkedNumbers.assertMatches(md, "x.", Map.of("x.files", 1056, "x.enums", 160, "x.params", 6567L));
    }

    @Test
    void aDriftedStaleOrUnmarkedNumberFails() throws Exception {
        Path md = Files.writeString(dir.resolve("R.md"), "<!--n:x.files-->1 055 files, <!--n:x.old-->3\n");
        AssertionError drift = assertThrows(AssertionError.class,
                () -> MarkedNumbers.assertMatches(md, "x.", Map.of("x.files", 1056, "x.old", 3)));
        assertTrue(drift.getMessage().contains("R.md:1: x.files says 1055, the real value is 1056"), drift.getMessage());
        AssertionError stale = assertThrows(AssertionError.class,
                () -> MarkedNumbers.assertMatches(md, "x.", Map.of("x.files", 1055)));
        assertTrue(stale.getMessage().contains("x.old--> is computed by no test"), stale.getMessage());
        AssertionError unmarked = assertThrows(AssertionError.class,
                () -> MarkedNumbers.assertMatches(md, "x.", Map.of("x.files", 1055, "x.old", 3, "x.new", 1)));
        assertTrue(unmarked.getMessage().contains("never marked") && unmarked.getMessage().contains("x.new"));
    }
}
