package dev.exobindings.metadata.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.exobindings.metadata.SharedInputs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regenerates both snapshots and reports in memory from ../shared and compares them byte for byte with the
 * committed resources, so the bundled files cannot drift from the importers. On failure run the regeneration
 * command from metadata/README.md and commit the result.
 */
class BundledSnapshotsInSyncTest {
    private static final String FOLDER = "/dev/exobindings/metadata/snapshots/";

    @Test
    void committedFilesEqualAFreshRegeneration() throws IOException {
        Map<String, String> fresh = SharedInputs.assembled().files();
        assertEquals(List.of("exchange-online.json", "exchange-online.merge-report.txt", "security-compliance.json",
                "security-compliance.merge-report.txt"), List.copyOf(fresh.keySet()));
        for (Map.Entry<String, String> file : fresh.entrySet()) {
            try (InputStream in = getClass().getResourceAsStream(FOLDER + file.getKey())) {
                assertNotNull(in, "missing committed resource " + file.getKey());
                assertArrayEquals(file.getValue().getBytes(StandardCharsets.UTF_8), in.readAllBytes(),
                        file.getKey() + " differs from a fresh regeneration; run the regeneration command");
            }
        }
    }

    @Test
    void assemblingTwiceGivesTheSameBytes() {
        Map<String, String> first = SnapshotAssembler.assemble(SharedInputs.sharedDir()).files();
        assertEquals(first, SharedInputs.assembled().files());
    }
}
