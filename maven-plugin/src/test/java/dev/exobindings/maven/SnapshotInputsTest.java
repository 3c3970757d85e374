package dev.exobindings.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotInputsTest {
    @TempDir
    Path base;

    @Test
    void aBundledNameInTheFileParameterSaysToUseBundledSnapshot() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> SnapshotInputs.file(base.resolve("security-compliance"), "snapshot"));
        assertEquals("Snapshot file " + base.resolve("security-compliance") + " (from <snapshot>) does not exist; "
                + "security-compliance is the name of a bundled snapshot. Fix: write <bundledSnapshot>"
                + "security-compliance</bundledSnapshot> (-Dexo-bindings.bundledSnapshot=security-compliance) instead "
                + "of <snapshot>.", e.getMessage());
        MojoFailureException other = assertThrows(MojoFailureException.class,
                () -> SnapshotInputs.file(base.resolve("exchange.json"), "snapshot"));
        assertTrue(other.getMessage().contains("does not exist. Fix: correct the path"), other.getMessage());
    }
}
