package dev.exobindings.generator.translate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text forms of GUIDs, dates, time spans and sizes that Exchange accepts and the docs write. */
final class LiteralFormats {
    private static final Pattern GUID = Pattern.compile("\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12})}?");
    /** .NET TimeSpan text: {@code [-][d.]hh:mm[:ss[.fffffff]]} or a number of days. */
    private static final Pattern SPAN = Pattern.compile(
            "(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,7}))?)?");
    /** The other .NET form with days: {@code d:hh:mm:ss[.fffffff]}. */
    private static final Pattern SPAN_COLON_DAYS = Pattern.compile(
            "(-)?(\\d+):(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");
    private static final Pattern DAYS = Pattern.compile("(-)?(\\d+)");
    private static final Pattern SIZE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(b|bytes?|kb|mb|gb|tb)?(?:\\s*\\([\\d,.]+ bytes\\))?", Pattern.CASE_INSENSITIVE);
    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            formatter("M/d/uuuu h:mm[:ss] a"), formatter("M/d/uuuu H:mm[:ss]"), formatter("M-d-uuuu H:mm[:ss]"), formatter("uuuu-M-d[ ]['T']H:mm[:ss]"),
            formatter("uuuu/M/d H:mm[:ss]"), formatter("MMMM d, uuuu h:mm[:ss] a"), formatter("MMMM d, uuuu H:mm[:ss]"),
            formatter("d MMMM uuuu H:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(formatter("M/d/uuuu"), formatter("uuuu-M-d"),
            formatter("M-d-uuuu"),
            formatter("uuuu/M/d"), formatter("MMMM d, uuuu"), formatter("MMMM d uuuu"), formatter("d MMMM uuuu"),
            formatter("MMM d, uuuu"), formatter("d MMM uuuu"));

    private LiteralFormats() {
    }

    /**
     * Strict, as PowerShell is: {@code 2026-02-30} is no date (the default resolver would quietly read February 28;
     * {@link #dateTime} says which day does not exist).
     */
    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.US).withResolverStyle(ResolverStyle.STRICT);
    }

    static Optional<UUID> guid(String text) {
        Matcher m = GUID.matcher(text.trim());
        return m.matches() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
    }

    /**
     * Whether {@code text} has a date form this class reads but names a day the calendar does not have (February
     * 30, month 13), so that the message can say so instead of listing the forms.
     */
    static boolean noSuchDay(String text) {
        String date = text.trim().split("[ T]", 2)[0];
        for (DateTimeFormatter f : DATES) {
            if (tryParse(f.withResolverStyle(ResolverStyle.LENIENT), date) != null && tryParse(f, date) == null) {
                return true;
            }
        }
        return false;
    }

    /** A date (and time) in the docs' forms; a zone or offset is applied, a plain local time is taken as UTC. */
    static Optional<LocalDateTime> dateTime(String text) {
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        } catch (DateTimeParseException e) {
            // not ISO with an offset: try the local forms
        }
        if (t.endsWith("Z") || t.endsWith("z")) {
            t = t.substring(0, t.length() - 1);
        }
        for (DateTimeFormatter f : DATE_TIMES) {
            TemporalAccessor parsed = tryParse(f, t);
            if (parsed != null) {
                return Optional.of(LocalDateTime.of(LocalDate.from(parsed), LocalTime.from(parsed)));
            }
        }
        TemporalAccessor yearMonth = tryParse(formatter("uuuu/M"), t);
        if (yearMonth != null) {
            return Optional.of(java.time.YearMonth.from(yearMonth).atDay(1).atStartOfDay());
        }
        for (DateTimeFormatter f : DATES) {
            TemporalAccessor parsed = tryParse(f, t);
            if (parsed != null) {
                return Optional.of(LocalDate.from(parsed).atStartOfDay());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a date {@link #dateTime} reads states its offset ({@code +02:00}, {@code Z}): then it names one
     * instant, and nothing is taken as UTC.
     */
    static boolean hasOffset(String text) {
        String t = text.trim();
        if (t.endsWith("Z") || t.endsWith("z")) {
            return true;
        }
        try {
            OffsetDateTime.parse(t);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static TemporalAccessor tryParse(DateTimeFormatter f, String text) {
        try {
            return f.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Optional<Duration> span(String text) {
        String t = text.trim();
        Matcher d = DAYS.matcher(t);
        if (d.matches()) {
            if (!isTimeSpanDays(d.group(2))) {
                return Optional.empty();
            }
            Duration days = Duration.ofDays(Long.parseLong(d.group(2)));
            return Optional.of(d.group(1) != null ? days.negated() : days);
        }
        Matcher m = SPAN.matcher(t);
        if (!m.matches()) {
            m = SPAN_COLON_DAYS.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        if (m.group(2) != null && !isTimeSpanDays(m.group(2))) {
            return Optional.empty();
        }
        int hours = Integer.parseInt(m.group(3));
        int minutes = Integer.parseInt(m.group(4));
        int seconds = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            return Optional.empty();
        }
        Duration value = Duration.ofDays(m.group(2) == null ? 0 : Long.parseLong(m.group(2)))
                .plusHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        if (m.group(6) != null) {
            String fraction = (m.group(6) + "0000000").substring(0, 7);
            value = value.plusNanos(Long.parseLong(fraction) * 100);
        }
        return Optional.of(m.group(1) != null ? value.negated() : value);
    }

    /** A size such as {@code 50GB}, {@code "512 MB"}, {@code 1.5GB} or a byte count. */
    /** At most .NET's TimeSpan range, 10 675 199 days, so that no day count overflows. */
    private static boolean isTimeSpanDays(String digits) {
        return digits.length() <= 8 && Long.parseLong(digits) <= 10_675_199L;
    }

    static OptionalLong size(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        int power = PsNumbers.powerOf1024(unit);
        BigDecimal bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        try {
            return OptionalLong.of(bytes.toBigIntegerExact().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }
}
