package dev.exobindings.simulator;

import dev.exobindings.simulator.junit.ExoSimulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ExoSimulatorExtension.class)
class ExtendWithDefaultsTest {

    @Test
    void defaultsGiveAHundredMailboxesAndIssuedTokens(ExoSimulator exo) {
        assertTrue(exo.baseUri().toString().startsWith("http://127.0.0.1:"));
        SimClient.Reply reply = new SimClient(exo, exo.issueToken()).invoke("Get-Mailbox", "{\"ResultSize\":500}");
        assertEquals(100, reply.value().size());
    }
}
