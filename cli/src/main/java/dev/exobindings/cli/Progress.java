package dev.exobindings.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A progress line on stderr for work that takes over a second: nothing for quick work, then
 * {@code "<what> … 1 s"} and an update every few seconds until the work ends. Lines, not carriage returns, so logs
 * of CI runs stay readable.
 */
final class Progress implements AutoCloseable {
    static final long FIRST_AFTER_MILLIS = 1000;
    static final long EVERY_MILLIS = 5000;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "exo-bindings-progress");
        thread.setDaemon(true);
        return thread;
    });
    private final long start = System.nanoTime();

    private Progress(PrintWriter err, String what) {
        timer.scheduleAtFixedRate(() -> {
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            err.println(String.format(Locale.ROOT, "%s … %d s", what, seconds));
            err.flush();
        }, FIRST_AFTER_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts timing {@code what} ("generating 893 cmdlets"). */
    static Progress start(PrintWriter err, String what) {
        return new Progress(err, what);
    }

    /** Seconds since the start. */
    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
