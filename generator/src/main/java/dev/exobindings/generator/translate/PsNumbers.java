package dev.exobindings.generator.translate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PowerShell's number literals: decimal, hexadecimal, exponents, the {@code l}/{@code d} suffixes, {@code KB…PB}. */
final class PsNumbers {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(0x[0-9a-f]+|(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?)(l|d)?(kb|mb|gb|tb|pb)?",
            Pattern.CASE_INSENSITIVE);

    private PsNumbers() {
    }

    /** A number literal as PowerShell reads it, or {@code null} when the word is not one. */
    static PsValue.Number number(String word, int column) {
        Matcher m = NUMBER.matcher(word);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(2).toLowerCase(Locale.ROOT);
        int e = digits.startsWith("0x") ? -1 : digits.indexOf('e');
        // PowerShell reads such a literal as a double: an exponent past a double's range is its parse error, and
        // BigDecimal would otherwise fail on it or build a number of a billion digits
        if (e >= 0 && digits.length() - e > 5) {
            throw PsCursor.problemAt(column, Problem.Kind.SYNTAX, "the number " + word + " is out of range");
        }
        BigDecimal value = digits.startsWith("0x") ? new BigDecimal(new BigInteger(digits.substring(2), 16))
                : new BigDecimal(digits);
        String multiplier = m.group(4) == null ? "" : m.group(4).toLowerCase(Locale.ROOT);
        int power = powerOf1024(multiplier);
        value = value.multiply(BigDecimal.valueOf(1024).pow(power));
        if (m.group(1).equals("-")) {
            value = value.negate();
        }
        return new PsValue.Number(value, word, column);
    }

    /** The power of 1024 a lower-case size unit stands for: {@code kb} 1 … {@code pb} 5; anything else 0 (bytes). */
    static int powerOf1024(String unit) {
        return switch (unit) {
            case "kb" -> 1;
            case "mb" -> 2;
            case "gb" -> 3;
            case "tb" -> 4;
            case "pb" -> 5;
            default -> 0;
        };
    }
}
