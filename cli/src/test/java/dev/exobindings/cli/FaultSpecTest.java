package dev.exobindings.cli;

import dev.exobindings.simulator.Faults;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every simulator fault knob is reachable from the command line. */
class FaultSpecTest {

    @Test
    void everyKnobMapsToTheSimulatorsSetting() {
        Faults f = FaultSpec.parse("throttle=0.1:7, error=0.02:503, reset=0.01, reset-after-apply=0.03,"
                + " latency=20:10, concurrency=4, slow-body=0.5:32:5, seed=9");
        assertEquals(0.1, f.throttleRate());
        assertEquals("7", f.retryAfterSeconds());
        assertEquals(0.02, f.serverErrorRate());
        assertEquals(503, f.serverErrorStatus());
        assertEquals(0.01, f.resetRate());
        assertEquals(0.03, f.resetAfterApplyRate());
        assertEquals(Duration.ofMillis(20), f.latency());
        assertEquals(Duration.ofMillis(10), f.latencyJitter());
        assertEquals(4, f.concurrencyLimit());
        assertEquals(0.5, f.slowBodyRate());
        assertEquals(32, f.slowChunkBytes());
        assertEquals(Duration.ofMillis(5), f.slowChunkDelay());
        assertEquals(9, f.seed());
    }

    @Test
    void defaultsAndEmptySpec() {
        Faults f = FaultSpec.parse("throttle=0.5,error=0.1");
        assertEquals("1", f.retryAfterSeconds());
        assertEquals(500, f.serverErrorStatus());
        assertEquals(Faults.none(), FaultSpec.parse(" "));
    }

    @Test
    void badItemsAreNamed() {
        for (String spec : new String[] {"throttle", "throttle=1.5", "latency=-3", "warp=0.1", "concurrency=x"}) {
            CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                    () -> FaultSpec.parse(spec), spec);
            assertTrue(e.getMessage().contains("'" + spec + "'") && e.getMessage().contains("Syntax: "), e.getMessage());
        }
        CommandLine.TypeConversionException twice = assertThrows(CommandLine.TypeConversionException.class,
                () -> FaultSpec.parse("throttle=0.1, error=0.1, Throttle=0.2"));
        assertTrue(twice.getMessage().contains("item 'Throttle=0.2': knob 'throttle' is given twice"),
                twice.getMessage());
    }
}
