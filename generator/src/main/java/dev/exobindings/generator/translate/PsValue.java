package dev.exobindings.generator.translate;

import java.math.BigDecimal;
import java.util.List;

/**
 * A literal PowerShell value as written on a command line, before any parameter type is applied.
 * {@link #column()} is 1-based, for messages.
 */
public sealed interface PsValue {
    int column();

    /** A string: quoted ({@code 'a'}, {@code "a"}) or a bare word in argument mode ({@code john@contoso.com}). */
    record Text(String value, boolean quoted, int column) implements PsValue {
    }

    /** A number literal, multiplier suffixes applied ({@code 10MB} is 10485760); {@code text} as written. */
    record Number(BigDecimal value, String text, int column) implements PsValue {
    }

    /** {@code $true} / {@code $false}. */
    record Bool(boolean value, int column) implements PsValue {
    }

    /** A script block, {@code {Name -like 'a*'}}: {@code text} is what is between the braces, as written. */
    record ScriptBlock(String text, int column) implements PsValue {
    }

    /** {@code $null}. */
    record Null(int column) implements PsValue {
    }

    /** A comma list, {@code @(…)} or {@code (…)} of several values. */
    record Array(List<PsValue> items, int column) implements PsValue {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** {@code @{Key=value; …}}, keys in written order. */
    record Table(List<Entry> entries, int column) implements PsValue {
        public Table {
            entries = List.copyOf(entries);
        }
    }

    /** One {@code Key=value} of a {@link Table}. */
    record Entry(String key, PsValue value) {
    }
}
