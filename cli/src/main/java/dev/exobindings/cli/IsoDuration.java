package dev.exobindings.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;

/** A duration option in ISO-8601 ({@code PT10M}, {@code PT30S}); a bad one is a usage error showing the form. */
final class IsoDuration implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO-8601 duration; write e.g. "
                    + "PT10M (ten minutes), PT30S or PT1H30M");
        }
    }
}
