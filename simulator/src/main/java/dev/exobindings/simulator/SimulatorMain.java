package dev.exobindings.simulator;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until interrupted:
 * {@code java dev.exobindings.simulator.SimulatorMain --port 8080 --seed 1 --mailboxes 1000 --token T}.
 * Options: {@code --port} (0 = ephemeral), {@code --seed}, {@code --mailboxes}, {@code --tenant}, {@code --token}
 * (required), {@code --allow Get-Mailbox,Set-Mailbox}, {@code --throttle-rate}, {@code --error-rate},
 * {@code --reset-rate}, {@code --latency-ms}, {@code --concurrency-limit}, {@code --fault-seed}.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    /** Entry point. */
    public static void main(String[] args) throws InterruptedException {
        ExoSimulator simulator;
        try {
            simulator = configure(parse(args)).build().start();
        } catch (IllegalArgumentException e) {
            usage(System.err, e.getMessage());
            System.exit(2);
            return;
        } catch (java.io.UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("Exchange Online simulator listening on " + simulator.baseUri());
        System.out.println("InvokeCommand: " + simulator.invokeCommandUri());
        System.out.println("Tenant: " + simulator.tenant().domains().initialDomain() + " ("
                + simulator.tenant().mailboxes().count() + " mailboxes, seed " + simulator.tenant().seed() + ")");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stop.countDown();
        }));
        stop.await();
    }

    /** Builds a simulator configuration from parsed options. */
    static ExoSimulator.Builder configure(Map<String, String> options) {
        if (!options.containsKey("token")) {
            throw new IllegalArgumentException("--token is required: the bearer token clients must send");
        }
        ExoSimulator.Builder builder = ExoSimulator.builder()
                .port(intOption(options, "port", 8080))
                .seed(longOption(options, "seed", 1))
                .mailboxes(intOption(options, "mailboxes", 1000))
                .tenant(options.getOrDefault("tenant", "contoso.onmicrosoft.com"))
                .token(options.get("token"));
        if (options.containsKey("allow")) {
            Set<String> allowed = new java.util.LinkedHashSet<>();
            for (String cmdlet : options.get("allow").split(",")) {
                if (!cmdlet.isBlank()) {
                    allowed.add(cmdlet.trim());
                }
            }
            builder.allowedCmdlets(allowed);
        }
        Faults.Builder faults = Faults.builder().seed(longOption(options, "fault-seed", 1))
                .throttle(doubleOption(options, "throttle-rate"), options.getOrDefault("retry-after", "1"))
                .serverErrors(doubleOption(options, "error-rate"), 500)
                .resets(doubleOption(options, "reset-rate"))
                .concurrencyLimit(intOption(options, "concurrency-limit", 0))
                .latency(java.time.Duration.ofMillis(intOption(options, "latency-ms", 0)), java.time.Duration.ZERO);
        return builder.faults(faults.build());
    }

    /** Parses {@code --name value} pairs. */
    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected '--name value' pairs, got '" + args[i] + "' at"
                        + " position " + (i + 1));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static int intOption(Map<String, String> options, String name, int fallback) {
        return (int) longOption(options, name, fallback);
    }

    private static long longOption(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'", e);
        }
    }

    private static double doubleOption(Map<String, String> options, String name) {
        String value = options.get(name);
        try {
            return value == null ? 0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number between 0 and 1, got '" + value + "'", e);
        }
    }

    private static void usage(PrintStream out, String problem) {
        out.println("error: " + problem);
        out.println("usage: SimulatorMain --token T [--port 8080] [--seed 1] [--mailboxes 1000]"
                + " [--tenant contoso.onmicrosoft.com] [--allow Get-Mailbox,...] [--throttle-rate 0.1]"
                + " [--retry-after 1] [--error-rate 0.05] [--reset-rate 0.01] [--latency-ms 20]"
                + " [--concurrency-limit 10] [--fault-seed 1]");
    }
}
