package dev.exobindings.runtime.json;

import java.time.Duration;

/** Formats a {@link Duration} as .NET's TimeSpan text {@code [-][d.]hh:mm:ss[.fffffff]}, which the service binds. */
final class TimeSpans {
    private TimeSpans() {
    }

    static String format(Duration duration) {
        boolean negative = duration.isNegative();
        Duration d = duration.abs();
        long days = d.toDays();
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        if (days > 0) {
            sb.append(days).append('.');
        }
        sb.append(String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", d.toHoursPart(), d.toMinutesPart(),
                d.toSecondsPart()));
        int nanos = d.toNanosPart();
        if (nanos != 0) {
            // TimeSpan has 100 ns ticks: seven fraction digits.
            sb.append('.').append(String.format(java.util.Locale.ROOT, "%07d", nanos / 100));
        }
        return sb.toString();
    }
}
