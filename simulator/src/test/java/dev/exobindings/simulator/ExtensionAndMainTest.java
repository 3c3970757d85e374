package dev.exobindings.simulator;

import dev.exobindings.simulator.junit.ExoSimulatorExtension;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtensionAndMainTest {

    @RegisterExtension
    static final ExoSimulatorExtension EXO = new ExoSimulatorExtension(() -> ExoSimulator.builder()
            .snapshot(BuiltInSnapshot.get()).seed(4).mailboxes(30).token("ext-token"));

    @Test
    void aRegisteredExtensionServesTheConfiguredTenant() {
        SimClient.Reply reply = new SimClient(EXO.simulator(), "ext-token").invoke("Get-Mailbox", "{\"ResultSize\":100}");
        assertEquals(30, reply.value().size());
    }

    @Test
    void theRunningSimulatorIsInjectedAsAParameter(ExoSimulator exo) {
        assertEquals(EXO.simulator().baseUri(), exo.baseUri());
    }

    @Nested
    class Inner {
        @Test
        void nestedClassesShareTheOuterSimulator(ExoSimulator exo) {
            assertEquals(30, exo.tenant().mailboxes().count());
        }
    }

    @Test
    void theOuterSimulatorSurvivesNestedClasses() {
        assertEquals(30, EXO.simulator().tenant().mailboxes().count());
    }

    @Test
    void mainOptionsConfigureTheSimulator() {
        Map<String, String> options = SimulatorMain.parse(new String[] {"--port", "0", "--seed", "5", "--mailboxes",
                "12", "--token", "T", "--allow", "Get-Mailbox", "--error-rate", "0"});
        try (ExoSimulator exo = SimulatorMain.configure(options).snapshot(BuiltInSnapshot.get()).build().start()) {
            assertEquals(12, exo.tenant().mailboxes().count());
            assertEquals(5, exo.tenant().seed());
            assertEquals(403, new SimClient(exo, "T").invoke("Get-User", "{}").status());
            assertEquals(200, new SimClient(exo, "T").invoke("Get-Mailbox", "{}").status());
        }
        IllegalArgumentException missingToken = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.configure(SimulatorMain.parse(new String[] {"--port", "0"})));
        assertTrue(missingToken.getMessage().contains("--token"));
        IllegalArgumentException badNumber = assertThrows(IllegalArgumentException.class,
                () -> SimulatorMain.configure(SimulatorMain.parse(new String[] {"--token", "T", "--seed", "x"})));
        assertTrue(badNumber.getMessage().contains("--seed"));
    }
}
