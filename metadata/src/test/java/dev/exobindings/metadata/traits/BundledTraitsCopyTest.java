package dev.exobindings.metadata.traits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The project's copy of module-traits.tsv holds exactly the facts of the shared input (skipped without it). */
class BundledTraitsCopyTest {
    @Test
    void copyEqualsTheSharedTable() {
        String property = System.getProperty("exo.shared.dir");
        Path shared = (property != null ? Path.of(property) : Path.of("../../shared"))
                .resolve("exo-module-catalog").resolve("module-traits.tsv");
        assumeTrue(Files.isRegularFile(shared), "shared input " + shared + " absent: nothing to compare with");
        assertEquals(ModuleTraitsTable.read(shared), ModuleTraitsTable.bundledExchangeOnline());
    }
}
