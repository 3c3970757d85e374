package dev.exobindings.generator.model;

import java.util.Locale;

/**
 * A declared type name taken apart: {@code Microsoft.Exchange.Data.ByteQuantifiedSize} → {@code ByteQuantifiedSize},
 * {@code RecipientIdParameter[]} → array of {@code RecipientIdParameter},
 * {@code System.Collections.Generic.List[string]} → {@code List} of {@code string},
 * {@code Unlimited`1[System.UInt32]} → {@code Unlimited}, {@code <MultiValuedProperty>} → {@code MultiValuedProperty}.
 *
 * @param simple      the simple name without namespace, nesting prefix or generic arguments ({@code ""} if none)
 * @param array       ended in {@code []}
 * @param genericArgs the text inside {@code [...]} after the name, or {@code null}
 */
public record ExchangeTypeName(String simple, boolean array, String genericArgs) {

    public static ExchangeTypeName parse(String declared) {
        String raw = declared == null ? "" : declared.trim();
        while (raw.startsWith("<")) {
            raw = raw.substring(1).trim();
        }
        while (raw.endsWith(">")) {
            raw = raw.substring(0, raw.length() - 1).trim();
        }
        boolean array = false;
        if (raw.endsWith("[]")) {
            array = true;
            raw = raw.substring(0, raw.length() - 2).trim();
        }
        String args = null;
        int open = raw.indexOf('[');
        if (open > 0 && raw.endsWith("]")) {
            args = raw.substring(open + 1, raw.length() - 1).trim();
            raw = raw.substring(0, open);
        } else if (raw.endsWith("]")) {
            raw = raw.substring(0, raw.length() - 1); // a stray bracket, e.g. "MultiValuedProperty]"
        }
        int tick = raw.indexOf('`');
        if (tick >= 0) {
            raw = raw.substring(0, tick);
        }
        int cut = Math.max(raw.lastIndexOf('.'), raw.lastIndexOf('+'));
        String simple = raw.substring(cut + 1).trim();
        return new ExchangeTypeName(simple, array, args);
    }

    /** The simple name lower-cased, the key for type lookups. */
    public String key() {
        return simple.toLowerCase(Locale.ROOT);
    }

    /** The first generic argument, parsed, or {@code null}. */
    public ExchangeTypeName firstGenericArg() {
        if (genericArgs == null || genericArgs.isEmpty()) {
            return null;
        }
        int comma = genericArgs.indexOf(',');
        return parse(comma < 0 ? genericArgs : genericArgs.substring(0, comma));
    }
}
