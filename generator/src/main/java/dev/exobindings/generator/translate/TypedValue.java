package dev.exobindings.generator.translate;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A PowerShell value converted to the parameter's type: what both the Java rendering and the JSON body are
 * computed from, so that they cannot disagree on the meaning of the line.
 */
sealed interface TypedValue {
    record Text(String value) implements TypedValue {
    }

    record Bool(boolean value) implements TypedValue {
    }

    /** A whole number: {@code int}, {@code long}, or a member of an untyped hashtable. */
    record Whole(long value) implements TypedValue {
    }

    record Real(BigDecimal value) implements TypedValue {
    }

    record Guid(UUID value) implements TypedValue {
    }

    /** A date and time in UTC (a line's local time is taken as UTC). */
    record DateTime(LocalDateTime utc) implements TypedValue {
    }

    record Span(Duration value) implements TypedValue {
    }

    /** A byte count. */
    record Size(long bytes) implements TypedValue {
    }

    /** {@code $null} on a parameter: clears its value ({@code clearX()}, JSON {@code null}). */
    record Null() implements TypedValue {
    }

    /** Several values of a flags enum, sent as one comma-separated string. */
    record Flags(List<EnumValue> values) implements TypedValue {
        public Flags {
            values = List.copyOf(values);
        }
    }

    /** {@code Unlimited}, or a bound ({@link Whole}, {@link Size} or {@link Span}). */
    record Unlimited(TypedValue bound) implements TypedValue {
    }

    /**
     * A value of a generated enum.
     *
     * @param enumClass the enum's simple name
     * @param constant  the constant's name, or {@code null} for a value the enum does not list (sent raw)
     * @param wire      the text sent
     */
    record EnumValue(String enumClass, String constant, String wire) implements TypedValue {
    }

    record Table(List<Member> members) implements TypedValue {
        public Table {
            members = List.copyOf(members);
        }
    }

    record Member(String key, TypedValue value) {
    }

    record Items(List<TypedValue> items) implements TypedValue {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** {@code @{Add=…; Remove=…}} on a multi-valued parameter. */
    record Delta(List<TypedValue> add, List<TypedValue> remove) implements TypedValue {
        public Delta {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }
    }
}
