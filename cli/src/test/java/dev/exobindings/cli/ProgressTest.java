package dev.exobindings.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void quietForQuickWorkThenALineOnceOverASecond() throws InterruptedException {
        StringWriter quick = new StringWriter();
        try (Progress ignored = Progress.start(new PrintWriter(quick, true), "generating")) {
            Thread.sleep(10);
        }
        assertEquals("", quick.toString());

        StringWriter slow = new StringWriter();
        try (Progress ignored = Progress.start(new PrintWriter(slow, true), "generating 893 cmdlets")) {
            Thread.sleep(Progress.FIRST_AFTER_MILLIS + 400);
        }
        assertTrue(slow.toString().startsWith("generating 893 cmdlets … 1 s"), slow.toString());
    }
}
