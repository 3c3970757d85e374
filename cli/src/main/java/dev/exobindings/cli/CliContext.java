package dev.exobindings.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * What a command writes to and how a long-running command ({@code simulate}) learns to stop.
 *
 * @param out  results (stdout)
 * @param err  messages and progress (stderr)
 * @param stop        released when a long-running command should end (Ctrl-C for the jar; the test for tests)
 * @param environment environment variables by name (where secrets come from; tests give their own)
 */
public record CliContext(PrintWriter out, PrintWriter err, CountDownLatch stop, Function<String, String> environment) {

    public CliContext {
        Objects.requireNonNull(environment, "environment");
    }

    /** A context reading the process environment. */
    public CliContext(PrintWriter out, PrintWriter err, CountDownLatch stop) {
        this(out, err, stop, System::getenv);
    }

    /** A latch released by the JVM's shutdown (Ctrl-C, SIGTERM). */
    static CountDownLatch untilShutdown() {
        CountDownLatch latch = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(latch::countDown, "exo-bindings-shutdown"));
        return latch;
    }
}
