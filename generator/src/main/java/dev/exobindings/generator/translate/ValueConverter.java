package dev.exobindings.generator.translate;

import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts a literal to a parameter's type as the service would read it: text as written, numbers, booleans
 * ({@code $true}/{@code $false}, 0/1), dates and time spans from their usual text forms, sizes ({@code 50GB},
 * {@code "50 MB"}), {@code Unlimited}, enum values (case-insensitive; an unknown one is kept raw), lists from a
 * single value or a comma list, and {@code @{Add=…;Remove=…}} on multi-valued parameters.
 */
final class ValueConverter {
    /** The longest string constant a class file holds, in modified UTF-8 bytes. */
    static final int MAX_JAVA_CONSTANT_BYTES = 65_535;

    private final Map<String, EnumModel> enums;

    ValueConverter(Map<String, EnumModel> enums) {
        this.enums = enums;
    }

    TypedValue convert(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Null n) {
            if (p.isSwitch()) {
                throw invalid(p, n, "a switch is present or $false, never $null");
            }
            return new TypedValue.Null();
        }
        if (p.type().kind() == TypeRef.Kind.LIST) {
            return list(p, p.type().element(), v);
        }
        if (v instanceof PsValue.Array a && a.items().size() == 1) {
            return scalar(p, p.type(), a.items().get(0));
        }
        return scalar(p, p.type(), v);
    }

    private TypedValue list(ParameterModel p, TypeRef element, PsValue v) {
        if (v instanceof PsValue.Table t && element.kind() != TypeRef.Kind.MAP) {
            List<TypedValue> add = new ArrayList<>();
            List<TypedValue> remove = new ArrayList<>();
            for (PsValue.Entry e : t.entries()) {
                List<TypedValue> target = switch (e.key().toLowerCase(Locale.ROOT)) {
                    case "add" -> add;
                    case "remove" -> remove;
                    default -> throw invalid(p, t, "a hashtable on a multi-valued parameter takes the keys Add "
                            + "and Remove, not '" + e.key() + "'");
                };
                target.addAll(items(p, element, e.value()));
            }
            return new TypedValue.Delta(add, remove);
        }
        return new TypedValue.Items(items(p, element, v));
    }

    private List<TypedValue> items(ParameterModel p, TypeRef element, PsValue v) {
        List<TypedValue> items = new ArrayList<>();
        if (v instanceof PsValue.Array a) {
            for (PsValue item : a.items()) {
                if (item instanceof PsValue.Array) {
                    throw invalid(p, item, "a nested list");
                }
                items.add(scalar(p, element, item));
            }
        } else {
            items.add(scalar(p, element, v));
        }
        return items;
    }

    TypedValue scalar(ParameterModel p, TypeRef type, PsValue v) {
        if (v instanceof PsValue.Null n) {
            throw new TranslationException(Problem.Kind.API_GAP, n.column(), "-" + p.name() + ": $null inside a "
                    + "value cannot be sent by the generated API");
        }
        if (v instanceof PsValue.ScriptBlock block) {
            if (type.kind() == TypeRef.Kind.STRING) {
                return new TypedValue.Text(block.text()); // what PowerShell binds to a string parameter
            }
            throw invalid(p, v, "a script block is sent as its text, which this parameter does not take");
        }
        if (type.kind() == TypeRef.Kind.ENUM && p.flags() && type == p.type()) {
            TypedValue flags = flags(p, type, v);
            if (flags != null) {
                return flags;
            }
        }
        if (v instanceof PsValue.Array a && type.kind() != TypeRef.Kind.MAP) {
            throw new TranslationException(Problem.Kind.SEVERAL_VALUES, a.column(), "-" + p.name() + " ("
                    + p.declaredType() + ") takes one value, and the line gives a list (unquoted commas make one: "
                    + "quote a value that contains commas)");
        }
        return switch (type.kind()) {
            case STRING -> new TypedValue.Text(javaConstant(p, v, text(p, v)));
            case BOOLEAN, SWITCH -> new TypedValue.Bool(bool(p, v));
            case INT -> new TypedValue.Whole(whole(p, v, Integer.MIN_VALUE, Integer.MAX_VALUE));
            case LONG -> new TypedValue.Whole(whole(p, v, Long.MIN_VALUE, Long.MAX_VALUE));
            case DOUBLE -> new TypedValue.Real(real(p, v));
            case UUID -> new TypedValue.Guid(LiteralFormats.guid(text(p, v)).orElseThrow(() -> invalid(p, v,
                    "not a GUID")));
            case INSTANT -> new TypedValue.DateTime(LiteralFormats.dateTime(text(p, v)).orElseThrow(() ->
                    invalid(p, v, LiteralFormats.noSuchDay(text(p, v)) ? "no such day in the calendar"
                            : "not a date this translator reads (write yyyy-MM-dd HH:mm or M/d/yyyy h:mm AM)")));
            case DURATION -> new TypedValue.Span(span(p, v));
            // Unlimited<int> (UnlimitedInt) holds a count; a plain Unlimited may hold a count or a size
            case UNLIMITED -> unlimited(p, v, !"UnlimitedInt".equalsIgnoreCase(p.declaredType()));
            case RESULT_SIZE -> resultSize(p, v);
            case BYTE_SIZE -> new TypedValue.Size(size(p, v));
            case MAP -> table(p, v);
            case ENUM -> enumValue(p, type.enumClass(), v);
            case BYTES, CREDENTIAL, SECRET -> throw invalid(p, v, "needs a " + type.kind().name().toLowerCase(
                    Locale.ROOT) + " object, which no literal is");
            case LIST -> throw invalid(p, v, "a nested list");
        };
    }

    /** {@code -ResultSize}: {@code Unlimited} or a row count, never a size. */
    private TypedValue resultSize(ParameterModel p, PsValue v) {
        TypedValue.Unlimited u = (TypedValue.Unlimited) unlimited(p, v, false);
        if (u.bound() != null && !(u.bound() instanceof TypedValue.Whole)) {
            throw invalid(p, v, "a result size is a row count or Unlimited");
        }
        if (u.bound() instanceof TypedValue.Whole rows && rows.value() < 0) {
            throw invalid(p, v, "a result size is a row count (0 or more) or Unlimited");
        }
        return u;
    }

    /**
     * {@code Unlimited} or a bound. {@code sizes}: the parameter may hold a size, so a number written with a size
     * unit ({@code 49GB}) is one; otherwise PowerShell's value of it ({@code 1KB} is 1024), as it binds it.
     */
    private TypedValue unlimited(ParameterModel p, PsValue v, boolean sizes) {
        if (v instanceof PsValue.Text t && t.value().trim().equalsIgnoreCase("unlimited")) {
            return new TypedValue.Unlimited(null);
        }
        if (v instanceof PsValue.Number n) {
            // 49GB is a number to PowerShell, but written with a size unit it means a size
            boolean sized = sizes && n.text().matches("(?i).*[kmgtp]b");
            TypedValue bound = sized ? new TypedValue.Size(size(p, n))
                    : new TypedValue.Whole(whole(p, n, Long.MIN_VALUE, Long.MAX_VALUE));
            return new TypedValue.Unlimited(bound);
        }
        if (v instanceof PsValue.Text t) {
            var number = PsNumbers.number(t.value().trim(), t.column());
            if (number != null && number.text().chars().allMatch(Character::isDigit)) {
                return new TypedValue.Unlimited(new TypedValue.Whole(whole(p, number, 0, Long.MAX_VALUE)));
            }
            var bytes = LiteralFormats.size(t.value());
            if (bytes.isPresent()) {
                return new TypedValue.Unlimited(new TypedValue.Size(bytes.getAsLong()));
            }
            var span = LiteralFormats.span(t.value());
            if (span.isPresent()) {
                return new TypedValue.Unlimited(new TypedValue.Span(span.get()));
            }
        }
        throw invalid(p, v, "not Unlimited, a number or a size");
    }

    /**
     * Several values of a flags enum: a PowerShell list ({@code Delegate,CanViewPrivateItems}) or one text that
     * lists them ({@code "MailboxUsers,MailContacts"}); {@code null} for a single value.
     */
    private TypedValue flags(ParameterModel p, TypeRef type, PsValue v) {
        List<PsValue> parts = new ArrayList<>();
        if (v instanceof PsValue.Array a) {
            parts.addAll(a.items());
        } else if (v instanceof PsValue.Text t && t.value().contains(",")) {
            for (String part : t.value().split(",")) {
                parts.add(new PsValue.Text(part.trim(), t.quoted(), t.column()));
            }
        }
        if (parts.size() < 2) {
            return null;
        }
        List<TypedValue.EnumValue> values = new ArrayList<>();
        for (PsValue part : parts) {
            values.add((TypedValue.EnumValue) enumValue(p, type.enumClass(), part));
        }
        // A text with a comma that is not a list of known values is one (raw) value as written.
        boolean allKnown = values.stream().allMatch(e -> e.constant() != null);
        return allKnown || v instanceof PsValue.Array ? new TypedValue.Flags(values) : null;
    }

    private TypedValue table(ParameterModel p, PsValue v) {
        if (!(v instanceof PsValue.Table t)) {
            throw invalid(p, v, "a hashtable @{Key=value} is expected");
        }
        List<TypedValue.Member> members = new ArrayList<>();
        for (PsValue.Entry e : t.entries()) {
            members.add(new TypedValue.Member(e.key(), untyped(p, e.value())));
        }
        return new TypedValue.Table(members);
    }

    /** A hashtable member: kept as PowerShell typed it. */
    private TypedValue untyped(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Text t) {
            return new TypedValue.Text(t.value());
        }
        if (v instanceof PsValue.Bool b) {
            return new TypedValue.Bool(b.value());
        }
        if (v instanceof PsValue.Number n) {
            return isWhole(n.value()) ? new TypedValue.Whole(n.value().longValueExact()) : new TypedValue.Real(n.value());
        }
        if (v instanceof PsValue.Table t) {
            return table(p, t);
        }
        if (v instanceof PsValue.Array a) {
            return new TypedValue.Items(a.items().stream().map(i -> untyped(p, i)).toList());
        }
        throw new TranslationException(Problem.Kind.API_GAP, v.column(), "-" + p.name()
                + ": $null inside a hashtable cannot be sent by the generated API");
    }

    private TypedValue enumValue(ParameterModel p, String enumClass, PsValue v) {
        String written = text(p, v);
        EnumModel model = enums.get(enumClass);
        if (model != null) {
            for (EnumModel.EnumConstant c : model.constants()) {
                if (c.wireValue().equalsIgnoreCase(written.trim())) {
                    return new TypedValue.EnumValue(enumClass, c.name(), c.wireValue());
                }
            }
        }
        return new TypedValue.EnumValue(enumClass, null, written);
    }

    private static String text(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Text t) {
            return t.value();
        }
        if (v instanceof PsValue.Number n) {
            return n.text().matches("[+-]?\\d+(\\.\\d+)?") ? n.text() : n.value().stripTrailingZeros().toPlainString();
        }
        if (v instanceof PsValue.Bool b) {
            return b.value() ? "True" : "False";
        }
        throw invalid(p, v, "text is expected");
    }

    /** javac refuses a string constant over 65 535 bytes (modified UTF-8): say so here, not in javac's words. */
    private static String javaConstant(ParameterModel p, PsValue v, String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        if (bytes > MAX_JAVA_CONSTANT_BYTES) {
            throw new TranslationException(Problem.Kind.API_GAP, v.column(), "-" + p.name() + ": a text of " + bytes
                    + " bytes is longer than a Java string constant can be (" + MAX_JAVA_CONSTANT_BYTES
                    + " bytes); read it from a file in Java and pass the String to the setter");
        }
        return text;
    }

    private static boolean bool(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Bool b) {
            return b.value();
        }
        if (v instanceof PsValue.Number n && (n.value().signum() == 0 || n.value().compareTo(BigDecimal.ONE) == 0)) {
            return n.value().signum() != 0;
        }
        throw invalid(p, v, "a Boolean parameter takes $true or $false");
    }

    private static long whole(ParameterModel p, PsValue v, long min, long max) {
        BigDecimal value;
        if (v instanceof PsValue.Number n) {
            value = n.value();
        } else if (v instanceof PsValue.Text t && t.value().trim().matches("[+-]?\\d+")) {
            value = new BigDecimal(t.value().trim());
        } else {
            throw invalid(p, v, "a whole number is expected");
        }
        if (!isWhole(value)) {
            throw invalid(p, v, written(v) + " is not a whole number");
        }
        if (value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw invalid(p, v, "out of range for " + (max == Integer.MAX_VALUE ? "an int" : "a long"));
        }
        return value.longValueExact();
    }

    private static String written(PsValue v) {
        return v instanceof PsValue.Number n ? n.text() : ((PsValue.Text) v).value().trim();
    }

    private static BigDecimal real(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Number n) {
            return n.value();
        }
        if (v instanceof PsValue.Text t && t.value().trim().matches("[+-]?\\d+(\\.\\d+)?")) {
            return new BigDecimal(t.value().trim());
        }
        throw invalid(p, v, "a number is expected");
    }

    /** .NET's TimeSpan holds at most 10 675 199 days (Int64 ticks of 100 ns). */
    private static final BigDecimal TIME_SPAN_DAYS = BigDecimal.valueOf(10_675_199);

    private static java.time.Duration span(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Number n && isWhole(n.value())) {
            if (n.value().abs().compareTo(TIME_SPAN_DAYS) > 0) {
                throw invalid(p, v, "out of range for a time span (at most 10675199 days)");
            }
            return java.time.Duration.ofDays(n.value().longValueExact()); // TimeSpan text "30" is 30 days
        }
        return LiteralFormats.span(text(p, v)).orElseThrow(() -> invalid(p, v,
                "not a time span (write d.hh:mm:ss, hh:mm:ss or hh:mm)"));
    }

    private static long size(ParameterModel p, PsValue v) {
        if (v instanceof PsValue.Number n && isWhole(n.value()) && n.value().signum() >= 0) {
            if (n.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw invalid(p, v, "out of range for a size in bytes");
            }
            return n.value().longValueExact();
        }
        return LiteralFormats.size(text(p, v)).orElseThrow(() -> invalid(p, v, "not a size (write 50GB or 512 MB)"));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static TranslationException invalid(ParameterModel p, PsValue v, String why) {
        return new TranslationException(Problem.Kind.INVALID_VALUE, v.column(), "-" + p.name() + " ("
                + p.declaredType() + "): " + why);
    }
}
