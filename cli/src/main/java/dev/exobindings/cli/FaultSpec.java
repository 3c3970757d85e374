package dev.exobindings.cli;

import dev.exobindings.simulator.Faults;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * Parses {@code --faults}: comma-separated {@code knob=value} items, every knob the simulator has.
 * <pre>
 *   throttle=0.1[:RETRY_AFTER_S]     429 rate (Retry-After seconds, default 1)
 *   error=0.05[:500|503]             5xx rate and kind (default 500)
 *   reset=0.01                       connection dropped before the cmdlet runs
 *   reset-after-apply=0.01           cmdlet applied, then the connection dropped
 *   latency=20[:JITTER]              added latency in ms, with uniform jitter in ms
 *   concurrency=10                   in-flight requests per tenant before 429
 *   slow-body=0.1[:BYTES[:DELAY_MS]] body sent in chunks of BYTES (64) with DELAY_MS (20) between them
 *   seed=7                           fault sequence seed (same seed, same faults)
 * </pre>
 */
final class FaultSpec implements CommandLine.ITypeConverter<Faults> {
    static final String SYNTAX = "throttle=RATE[:RETRY_AFTER_S], error=RATE[:500|503], reset=RATE, "
            + "reset-after-apply=RATE, latency=MS[:JITTER_MS], concurrency=N, slow-body=RATE[:BYTES[:DELAY_MS]], seed=N";

    @Override
    public Faults convert(String value) {
        return parse(value);
    }

    /**
     * The faults a spec names; an empty or null spec is no fault. A bad item is a usage error (exit 2) naming the
     * item and the syntax.
     */
    static Faults parse(String spec) {
        Faults.Builder faults = Faults.builder();
        if (spec == null || spec.isBlank()) {
            return faults.build();
        }
        Set<String> given = new HashSet<>();
        for (String item : spec.split(",")) {
            String trimmed = item.trim();
            int eq = trimmed.indexOf('=');
            if (eq <= 0) {
                throw bad(trimmed, "expected knob=value");
            }
            String knob = trimmed.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (!given.add(knob)) {
                // the later value would silently replace the earlier one
                throw bad(trimmed, "knob '" + knob + "' is given twice; give each knob once");
            }
            String[] value = trimmed.substring(eq + 1).trim().split(":", -1);
            switch (knob) {
                case "throttle" -> faults.throttle(rate(trimmed, value[0]),
                        value.length > 1 ? String.valueOf(whole(trimmed, value[1])) : "1");
                case "error" -> faults.serverErrors(rate(trimmed, value[0]), value.length > 1 ? status(trimmed, value[1]) : 500);
                case "reset" -> faults.resets(rate(trimmed, value[0]));
                case "reset-after-apply" -> faults.resetsAfterApply(rate(trimmed, value[0]));
                case "latency" -> faults.latency(Duration.ofMillis(whole(trimmed, value[0])),
                        Duration.ofMillis(value.length > 1 ? whole(trimmed, value[1]) : 0));
                case "concurrency" -> faults.concurrencyLimit((int) whole(trimmed, value[0]));
                case "slow-body" -> faults.slowBodies(rate(trimmed, value[0]),
                        value.length > 1 ? (int) whole(trimmed, value[1]) : 64,
                        Duration.ofMillis(value.length > 2 ? whole(trimmed, value[2]) : 20));
                case "seed" -> faults.seed(whole(trimmed, value[0]));
                default -> throw bad(trimmed, "unknown knob '" + knob + "'");
            }
        }
        return faults.build();
    }

    private static double rate(String item, String text) {
        try {
            double rate = Double.parseDouble(text);
            if (rate >= 0 && rate <= 1) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(item, "a rate is a number from 0 to 1, got '" + text + "'");
    }

    private static long whole(String item, String text) {
        try {
            long value = Long.parseLong(text);
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(item, "expected a whole number >= 0, got '" + text + "'");
    }

    private static int status(String item, String text) {
        if (text.equals("500") || text.equals("503")) {
            return Integer.parseInt(text);
        }
        throw bad(item, "the 5xx kind is 500 or 503, got '" + text + "'");
    }

    private static CommandLine.TypeConversionException bad(String item, String problem) {
        return new CommandLine.TypeConversionException("item '" + item + "': " + problem + ". Syntax: " + SYNTAX);
    }
}
