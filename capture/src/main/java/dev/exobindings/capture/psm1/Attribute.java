package dev.exobindings.capture.psm1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One attribute {@code [Name(positional…, Named=value…)]} with its arguments, and the conversions the parser needs.
 * A named argument written without a value ({@code [Parameter(Mandatory)]}) is {@code $true}, as in PowerShell.
 */
final class Attribute {
    final String name;
    final int offset;
    final List<Literal> positional = new ArrayList<>();
    /** Named arguments by lower-case name. */
    final Map<String, Literal> named = new LinkedHashMap<>();
    private final TokenStream ts;

    private Attribute(String name, int offset, TokenStream ts) {
        this.name = name;
        this.offset = offset;
        this.ts = ts;
    }

    /** Reads {@code Name(args)]}, the {@code [} and the name already read, {@code (} next. */
    static Attribute read(TokenStream ts, LiteralParser literals, Token nameToken) {
        Attribute a = new Attribute(nameToken.text(), nameToken.offset(), ts);
        ts.expect(TokenKind.LPAREN, "'('");
        ts.skipLineBreaks();
        while (!ts.peek().is(TokenKind.RPAREN)) {
            Token first = ts.peek();
            if (first.is(TokenKind.WORD) && !isNumber(first.text())) {
                ts.next();
                Literal value = new Literal.Bool(true, first.offset());
                ts.skipLineBreaks();
                if (ts.peek().is(TokenKind.EQUALS)) {
                    ts.next();
                    ts.skipLineBreaks();
                    value = single(ts, literals);
                }
                if (a.named.put(first.text().toLowerCase(Locale.ROOT), value) != null) {
                    throw ts.error(first.offset(), "argument " + first.text() + " given twice in [" + a.name + "]");
                }
            } else {
                a.positional.add(single(ts, literals));
            }
            ts.skipLineBreaks();
            Token sep = ts.peek();
            if (sep.is(TokenKind.COMMA)) {
                ts.next();
                ts.skipLineBreaks();
            } else if (!sep.is(TokenKind.RPAREN)) {
                throw ts.unexpected(sep, "',' or ')' in [" + a.name + "(…)]");
            }
        }
        ts.next();
        ts.skipLineBreaks();
        ts.expect(TokenKind.RBRACKET, "']' closing [" + a.name + "(…)]");
        return a;
    }

    /** One value without swallowing the comma that separates arguments. */
    private static Literal single(TokenStream ts, LiteralParser literals) {
        Literal value = literals.single();
        if (value instanceof Literal.Expression e) {
            throw ts.error(e.offset(), "attribute arguments must be constants, not variables or expressions");
        }
        return value;
    }

    private static boolean isNumber(String word) {
        return word.matches("-?\\d+");
    }

    /** Fails on any named argument outside {@code allowed} (lower case). */
    void onlyNamed(String... allowed) {
        for (Map.Entry<String, Literal> e : named.entrySet()) {
            if (!List.of(allowed).contains(e.getKey())) {
                throw ts.error(e.getValue().offset(), "[" + name + "] argument '" + e.getKey()
                        + "' is not understood");
            }
        }
    }

    void noPositional() {
        if (!positional.isEmpty()) {
            throw ts.error(positional.get(0).offset(), "[" + name + "] takes no positional arguments");
        }
    }

    boolean bool(String key) {
        Literal v = named.get(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Literal.Bool b) {
            return b.value();
        }
        if (v instanceof Literal.Word w && isNumber(w.value())) {
            return Long.parseLong(w.value()) != 0;
        }
        if (v instanceof Literal.Text t) {
            if (t.value().equalsIgnoreCase("true")) {
                return true;
            }
            if (t.value().isEmpty()) {
                return false;
            }
        }
        throw ts.error(v.offset(), "[" + name + "] " + key + " must be $true, $false, a number or 'true'");
    }

    Integer integer(String key) {
        Literal v = named.get(key);
        if (v == null) {
            return null;
        }
        String text = v instanceof Literal.Word w ? w.value() : v instanceof Literal.Text t ? t.value() : null;
        if (text == null || !isNumber(text.strip())) {
            throw ts.error(v.offset(), "[" + name + "] " + key + " must be a whole number");
        }
        return Integer.valueOf(text.strip());
    }

    String text(String key) {
        Literal v = named.get(key);
        return v == null ? null : text(v);
    }

    /** A string-valued argument: quoted text or a bare word; {@code [Enum]::Member} gives the member. */
    String text(Literal v) {
        if (v instanceof Literal.Text t) {
            return t.value();
        }
        if (v instanceof Literal.Word w) {
            return w.value();
        }
        if (v instanceof Literal.Member m) {
            return m.member();
        }
        throw ts.error(v.offset(), "[" + name + "] expects text here");
    }

    List<String> positionalTexts() {
        List<String> values = new ArrayList<>();
        for (Literal v : positional) {
            if (v instanceof Literal.Items items) {
                items.items().forEach(item -> values.add(text(item)));
            } else {
                values.add(text(v));
            }
        }
        return values;
    }

    Bounds bounds() {
        onlyNamed();
        if (positional.isEmpty() || positional.size() > 2) {
            throw ts.error(offset, "[" + name + "] takes one or two arguments");
        }
        List<String> texts = positionalTexts();
        return new Bounds(texts.get(0), texts.size() == 2 ? texts.get(1) : null);
    }
}
