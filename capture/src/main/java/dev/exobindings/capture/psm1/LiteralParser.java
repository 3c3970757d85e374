package dev.exobindings.capture.psm1;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads constant values: strings, numbers and words, {@code $true/$false/$null}, {@code [Type]::Member}, type
 * literals, parenthesised values, {@code @( … )} arrays, comma lists and {@code @{ … }} tables. Nesting is capped
 * so hostile input ends in an error instead of a stack overflow.
 */
final class LiteralParser {
    /** Deepest value nesting accepted; generated modules nest two levels. */
    static final int MAX_NESTING = 64;

    private final TokenStream ts;

    LiteralParser(TokenStream ts) {
        this.ts = ts;
    }

    /** A value, possibly a comma list. */
    Literal value(int nesting) {
        Literal first = primary(nesting);
        if (!ts.peek().is(TokenKind.COMMA)) {
            return first;
        }
        List<Literal> items = new ArrayList<>();
        items.add(first);
        while (ts.peek().is(TokenKind.COMMA)) {
            ts.next();
            ts.skipLineBreaks();
            items.add(primary(nesting));
        }
        return new Literal.Items(items, first.offset());
    }

    /** One value that is not a comma list (attribute arguments are separated by commas). */
    Literal single() {
        return primary(0);
    }

    private Literal primary(int nesting) {
        if (nesting > MAX_NESTING) {
            throw ts.error(ts.peek().offset(), "values nested deeper than " + MAX_NESTING + " levels");
        }
        Token t = ts.next();
        return switch (t.kind()) {
            case STRING -> new Literal.Text(t.text(), t.offset());
            case WORD -> {
                if (t.text().startsWith("::")) {
                    throw ts.unexpected(t, "a value");
                }
                yield new Literal.Word(t.text(), t.offset());
            }
            case VARIABLE -> variable(t);
            case LBRACKET -> {
                String type = typeName(t);
                Token member = ts.peek();
                if (member.is(TokenKind.WORD) && member.text().startsWith("::")) {
                    ts.next();
                    yield new Literal.Member(type, member.text().substring(2), t.offset());
                }
                yield new Literal.Type(type, t.offset());
            }
            case LPAREN -> {
                ts.skipLineBreaks();
                Literal inner = value(nesting + 1);
                ts.skipLineBreaks();
                ts.expect(TokenKind.RPAREN, "')'");
                yield inner;
            }
            case AT_PAREN -> items(t, nesting);
            case AT_BRACE -> table(t, nesting);
            default -> throw ts.unexpected(t, "a value");
        };
    }

    private static Literal variable(Token t) {
        return switch (t.text().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> new Literal.Bool(true, t.offset());
            case "false" -> new Literal.Bool(false, t.offset());
            case "null" -> new Literal.Null(t.offset());
            default -> new Literal.Expression(t.offset());
        };
    }

    private Literal items(Token open, int nesting) {
        List<Literal> items = new ArrayList<>();
        ts.skipNewlines();
        while (!ts.peek().is(TokenKind.RPAREN)) {
            Literal item = value(nesting + 1);
            if (item instanceof Literal.Items list) {
                items.addAll(list.items());
            } else {
                items.add(item);
            }
            Token sep = ts.peek();
            if (!sep.is(TokenKind.NEWLINE) && !sep.is(TokenKind.SEMI) && !sep.is(TokenKind.RPAREN)) {
                throw ts.unexpected(sep, "',', a line break or ')' in the array");
            }
            ts.skipNewlines();
        }
        ts.next();
        return new Literal.Items(items, open.offset());
    }

    private Literal table(Token open, int nesting) {
        Map<String, Literal> entries = new LinkedHashMap<>();
        ts.skipNewlines();
        while (!ts.peek().is(TokenKind.RBRACE)) {
            Token key = ts.next();
            if (!key.is(TokenKind.WORD) && !key.is(TokenKind.STRING)) {
                throw ts.unexpected(key, "a table key");
            }
            ts.expect(TokenKind.EQUALS, "'=' after the table key");
            ts.skipLineBreaks();
            if (entries.put(key.text(), value(nesting + 1)) != null) {
                throw ts.error(key.offset(), "table key '" + key.text() + "' appears twice");
            }
            Token sep = ts.peek();
            if (!sep.is(TokenKind.NEWLINE) && !sep.is(TokenKind.SEMI) && !sep.is(TokenKind.RBRACE)) {
                throw ts.unexpected(sep, "';', a line break or '}' in the table");
            }
            ts.skipNewlines();
        }
        ts.next();
        return new Literal.Table(entries, open.offset());
    }

    /** The type name inside {@code [ … ]}, the opening bracket already read: {@code System.Object[]}, {@code List[string]}. */
    String typeName(Token open) {
        return typeName(open, "");
    }

    /** As {@link #typeName(Token)} when the first part of the name ({@code prefix}) was already read. */
    String typeName(Token open, String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        int nested = 0;
        while (true) {
            Token t = ts.next();
            switch (t.kind()) {
                case WORD -> name.append(t.text());
                case COMMA -> name.append(',');
                case LBRACKET -> {
                    nested++;
                    name.append('[');
                }
                case RBRACKET -> {
                    if (nested == 0) {
                        if (name.isEmpty()) {
                            throw ts.error(open.offset(), "empty type name '[]'");
                        }
                        return name.toString();
                    }
                    nested--;
                    name.append(']');
                }
                default -> throw ts.unexpected(t, "a type name");
            }
        }
    }
}
