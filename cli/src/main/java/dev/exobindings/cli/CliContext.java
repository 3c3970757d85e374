package dev.exobindings.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/**
 * What a command writes to and how a long-running command ({@code simulate}) learns to stop.
 *
 * @param out  results (stdout)
 * @param err  messages and progress (stderr)
 * @param stop released when a long-running command should end (Ctrl-C for the jar; the test for tests)
 */
public record CliContext(PrintWriter out, PrintWriter err, CountDownLatch stop) {

    /** A latch released by the JVM's shutdown (Ctrl-C, SIGTERM). */
    static CountDownLatch untilShutdown() {
        CountDownLatch latch = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(latch::countDown, "exo-bindings-shutdown"));
        return latch;
    }
}
