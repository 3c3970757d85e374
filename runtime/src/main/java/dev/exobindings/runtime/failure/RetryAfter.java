package dev.exobindings.runtime.failure;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses a {@code Retry-After} header: decimal seconds ({@code 2}, {@code 1.5}) or an HTTP date. */
public final class RetryAfter {
    /**
     * Decimal seconds as HTTP writes them. {@code Double.parseDouble} alone would also take {@code 10d}, {@code 0x10}
     * or {@code 1e300}, Java's literal forms, none of which a server means as a number of seconds.
     */
    private static final Pattern SECONDS = Pattern.compile("\\d+(\\.\\d+)?");

    private static final double MAX_SECONDS = 1e12;

    private RetryAfter() {
    }

    /** The wait the header asks for, relative to {@code now}; empty when absent or unreadable. */
    public static Optional<Duration> parse(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        if (SECONDS.matcher(value).matches()) {
            double seconds = Math.min(Double.parseDouble(value), MAX_SECONDS); // 10^400 is "never", not an overflow
            return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException notDate) {
            return Optional.empty();
        }
    }
}
