package dev.exobindings.metadata.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.SharedInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegenerateSnapshotsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RegenerateSnapshots.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<Path> written(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void regeneratesTheCommittedFilesAndPrintsTheCounts() throws IOException {
        Path output = dir.resolve("snapshots");
        assertEquals(0, run(SharedInputs.sharedDir().toString(), output.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("docs pages: 1437 (Exchange Online 730, Security & Compliance 275)"), printed);
        assertTrue(printed.contains("docs Exchange Online parameter sections: 6863"), printed);
        assertTrue(printed.contains("catalog cmdlets: 825"), printed);
        assertTrue(printed.contains("exchange-online: 893 cmdlets (both 662, catalog only 163, docs only 68), "
                + "6567 parameters, 766 conflicts"), printed);
        assertTrue(printed.contains("docs importer: 63 warnings: "), printed);
        assertTrue(printed.contains("security-compliance: 275 cmdlets"), printed);
        assertEquals(4, written(output).size());
        for (Path file : written(output)) {
            try (InputStream committed = getClass().getResourceAsStream(
                    "/dev/exobindings/metadata/snapshots/" + file.getFileName())) {
                assertArrayEquals(committed.readAllBytes(), Files.readAllBytes(file), file.getFileName().toString());
            }
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importerErrorWritesNothingAndExitsNonZeroWithoutStackTrace() throws IOException {
        Path shared = dir.resolve("shared");
        Path catalogFolder = Files.createDirectories(shared.resolve("exo-module-catalog"));
        Path docsFolder = Files.createDirectories(shared.resolve("exchange-ps-docs"));
        Path realShared = SharedInputs.sharedDir();
        Files.copy(realShared.resolve("exo-module-catalog/SOURCE.md"), catalogFolder.resolve("SOURCE.md"));
        Files.copy(realShared.resolve("exchange-ps-docs/SOURCE.md"), docsFolder.resolve("SOURCE.md"));
        Files.writeString(catalogFolder.resolve("EXO-catalog.json"), "{\"cmdlets\": [{\"cmdlet\": 7}]}");
        Path output = dir.resolve("out");
        assertEquals(1, run(shared.toString(), output.toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("snapshot regeneration failed, nothing written: "), message);
        assertTrue(message.contains("$.cmdlets[0].cmdlet: missing or not a string"), message);
        assertFalse(message.contains("\tat "), "no stack trace");
        assertEquals(List.of(), written(output));
    }

    @Test
    void missingSourceNoteIsReportedAndWrongArgumentsShowUsage() {
        assertEquals(1, run(dir.toString(), dir.resolve("out").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("SOURCE.md: cannot read"));
        assertEquals(2, run("only-one"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: RegenerateSnapshots <shared dir> <output dir>"));
        assertEquals(2, run("a", "b", "--capture-date", "yesterday"), "a capture date is yyyy-MM-dd");
    }

    @Test
    void headersRecordTheInputsPathsAndTheLaterInputDate() {
        AssembledSnapshots assembled = SharedInputs.assembled();
        var exo = assembled.exchangeOnline().header();
        // The docs' SOURCE.md dates its commit 2026-08-21, the catalog's 2026-07-24: the later one dates the capture.
        assertEquals("2026-08-21", exo.captureDate());
        assertEquals(List.of("exchange/exchange-ps/ExchangePowerShell", "spec/catalog/EXO-catalog.json"),
                exo.sources().stream().map(s -> s.path()).toList());
        assertEquals("2026-08-21", assembled.securityCompliance().header().captureDate());
    }
}
