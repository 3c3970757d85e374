package dev.exobindings.maven;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Maven gives a plugin-level {@code <configuration>} to every goal that has a parameter of the same name. A POM
 * configures generate that way (its output folder is a compile source root), so the capture goal, which writes six
 * files, must not share a settable parameter name with it. Read from the descriptor Maven itself uses.
 */
class PluginLevelConfigurationTest {

    @Test
    void generatesPluginLevelConfigurationSetsNothingInCapture() throws Exception {
        BuiltDescriptor descriptor = BuiltDescriptor.load();
        Set<String> generate = descriptor.settableParameters("generate");
        Set<String> capture = descriptor.settableParameters("capture");
        assertFalse(generate.isEmpty() || capture.isEmpty(), generate + " " + capture);
        Set<String> shared = new TreeSet<>(capture);
        shared.retainAll(generate);
        assertEquals(Set.of(), shared, "a <configuration> written for generate would also set these in capture");
    }
}
