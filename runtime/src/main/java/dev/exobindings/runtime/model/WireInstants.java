package dev.exobindings.runtime.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date forms the service renders: ISO with offset, ISO without (UTC), and {@code /Date(ms)/}. */
public final class WireInstants {
    private static final Pattern MS_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");

    private WireInstants() {
    }

    /**
     * Parses a date as the service renders it.
     *
     * @throws DateTimeParseException when the text is no date form the service uses
     */
    public static Instant parse(String text) {
        Matcher m = MS_DATE.matcher(text);
        if (m.matches()) {
            return Instant.ofEpochMilli(Long.parseLong(m.group(1)));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC); // the service's sortable form is UTC
        }
    }
}
