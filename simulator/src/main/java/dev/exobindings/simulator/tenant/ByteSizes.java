package dev.exobindings.simulator.tenant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Exchange's ByteQuantifiedSize text form: {@code 99 GB (106,300,440,576 bytes)}, and {@code Unlimited}. */
public final class ByteSizes {
    /** The text of an unlimited quota. */
    public static final String UNLIMITED = "Unlimited";

    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};
    private static final Pattern INPUT = Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(B|KB|MB|GB|TB)?\\s*(\\(.*\\))?\\s*");

    private ByteSizes() {
    }

    /** Formats a byte count. */
    public static String format(long bytes) {
        int unit = 0;
        BigDecimal value = BigDecimal.valueOf(bytes);
        BigDecimal kilo = BigDecimal.valueOf(1024);
        while (unit < UNITS.length - 1 && value.compareTo(kilo) >= 0) {
            value = value.divide(kilo, 3, RoundingMode.DOWN);
            unit++;
        }
        String number = value.stripTrailingZeros().toPlainString();
        return number + " " + UNITS[unit] + " (" + String.format(Locale.ROOT, "%,d", bytes) + " bytes)";
    }

    /** Parses {@code 50GB}, {@code 50 GB}, {@code 1.5 MB}, a bare byte count, or a formatted value; empty for Unlimited. */
    public static OptionalLong parse(String text) {
        if (text.trim().equalsIgnoreCase(UNLIMITED)) {
            return OptionalLong.empty();
        }
        Matcher matcher = INPUT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size; use e.g. 50GB, 1024MB or Unlimited");
        }
        String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(Locale.ROOT);
        int power = java.util.Arrays.asList(UNITS).indexOf(unit);
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(1024).pow(power));
        return OptionalLong.of(bytes.setScale(0, RoundingMode.DOWN).longValueExact());
    }
}
