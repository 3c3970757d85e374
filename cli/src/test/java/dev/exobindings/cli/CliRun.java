package dev.exobindings.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CountDownLatch;

/** One command line run in-process, with its exit code and both streams. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        return of(new CountDownLatch(0), args);
    }

    static CliRun of(CountDownLatch stop, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExoBindingsCli.run(new CliContext(new PrintWriter(out, true), new PrintWriter(err, true), stop), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    boolean hasStackTrace() {
        return err.contains("\tat ");
    }
}
