package dev.exobindings.metadata.traits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.exobindings.metadata.SharedInputs;
import org.junit.jupiter.api.Test;

/** The project's copy of module-traits.tsv holds exactly the facts of the shared input (skipped without it). */
class BundledTraitsCopyTest {
    @Test
    void copyEqualsTheSharedTable() {
        assertEquals(ModuleTraitsTable.read(SharedInputs.require("exo-module-catalog/module-traits.tsv")),
                ModuleTraitsTable.bundledExchangeOnline());
    }
}
