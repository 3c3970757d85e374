package dev.exobindings.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** One command line run in-process, with its exit code and both streams. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        return of(new CountDownLatch(0), args);
    }

    static CliRun of(CountDownLatch stop, String... args) {
        return run(stop, Map.of(), args);
    }

    /** With these environment variables instead of the process's. */
    static CliRun withEnvironment(Map<String, String> environment, String... args) {
        return run(new CountDownLatch(0), environment, args);
    }

    private static CliRun run(CountDownLatch stop, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExoBindingsCli.run(new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), stop,
                environment::get), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    boolean hasStackTrace() {
        return err.contains("\tat ");
    }
}
