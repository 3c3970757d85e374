package dev.exobindings.capture.psm1;

import java.util.List;
import java.util.Map;

/** A constant value as the module text writes it: in attribute arguments and in the constants region. */
sealed interface Literal {
    /** Where the value starts. */
    int offset();

    /** {@code 'text'}, {@code "text"} or a here-string. */
    record Text(String value, int offset) implements Literal {
    }

    /** A bare word: a number, or a name such as {@code High}. */
    record Word(String value, int offset) implements Literal {
    }

    /** {@code $true}, {@code $false}. */
    record Bool(boolean value, int offset) implements Literal {
    }

    /** {@code $null}. */
    record Null(int offset) implements Literal {
    }

    /** {@code [Type]::Member}, e.g. {@code [System.Net.HttpStatusCode]::Unauthorized}. */
    record Member(String type, String member, int offset) implements Literal {
    }

    /** A type literal alone, e.g. {@code [string]}. */
    record Type(String name, int offset) implements Literal {
    }

    /** {@code @(a, b)} or {@code a, b}. */
    record Items(List<Literal> items, int offset) implements Literal {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** {@code @{ key = value; … }}, keys in order. */
    record Table(Map<String, Literal> entries, int offset) implements Literal {
        public Table {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }
    }

    /** Something that is not a constant (a call, an operator expression…), kept only as its kind. */
    record Expression(int offset) implements Literal {
    }
}
