package dev.exobindings.maven;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The plugin's description (the POM's, shown by {@code mvn help:describe}) names every goal the plugin has. */
class PluginDescriptionTest {

    @Test
    void theDescriptionNamesEveryGoal() throws Exception {
        BuiltDescriptor descriptor = BuiltDescriptor.load();
        String description = descriptor.description();
        assertNotNull(description);
        List<String> unnamed = descriptor.goals().stream()
                .filter(goal -> !description.matches("(?s).*\\b" + goal + "\\b.*")).toList();
        assertEquals(List.of(), unnamed, "goals the description leaves out: " + description);
    }
}
