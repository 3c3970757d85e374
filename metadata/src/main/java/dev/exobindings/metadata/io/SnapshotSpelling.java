package dev.exobindings.metadata.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The stable JSON spelling of the model's enums: the constant name in lower case with {@code _} replaced by
 * {@code -} ({@code EXCHANGE_ONLINE} → {@code exchange-online}, {@code VALIDATE_SET} → {@code validate-set}).
 * Renaming a constant therefore changes the format and needs a new format version.
 */
public final class SnapshotSpelling {
    private SnapshotSpelling() {
    }

    /** The JSON spelling of an enum constant. */
    public static String spell(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a JSON spelling back into a constant, or empty when no constant has that spelling. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (spell(constant).equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /** Every spelling of an enum, comma separated, for error messages. */
    public static String allSpellings(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(SnapshotSpelling::spell).collect(Collectors.joining(", "));
    }
}
