package dev.exobindings.simulator.protocol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The subset of the OPATH {@code -Filter} language the simulator understands:
 * {@code Prop -eq 'v'}, {@code -ne}, {@code -like 'x*'}, {@code -notlike}, {@code -and}, {@code -or}, {@code -not},
 * parentheses, and {@code $true}/{@code $false}/{@code $null}. Strings compare case-insensitively; a multivalued
 * property matches when any element does.
 */
public final class RecipientFilter {
    private final List<String> tokens;
    private final Set<String> knownProperties;
    private final String text;
    private int position;

    private RecipientFilter(String text, Set<String> knownProperties) {
        this.text = text;
        this.knownProperties = knownProperties;
        try {
            this.tokens = tokenize(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /**
     * Parses a filter.
     *
     * @param text            the filter as sent
     * @param knownProperties lower-case names of the properties that may be filtered on
     * @throws ServiceError 400 naming the problem when the filter is not understood
     */
    public static Predicate<Map<String, Object>> parse(String text, Set<String> knownProperties) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        RecipientFilter parser = new RecipientFilter(trimmed, knownProperties);
        Predicate<Map<String, Object>> predicate = parser.or();
        if (parser.position != parser.tokens.size()) {
            throw parser.error("unexpected '" + parser.tokens.get(parser.position) + "'");
        }
        return predicate;
    }

    private Predicate<Map<String, Object>> or() {
        Predicate<Map<String, Object>> left = and();
        while (accept("-or")) {
            left = left.or(and());
        }
        return left;
    }

    private Predicate<Map<String, Object>> and() {
        Predicate<Map<String, Object>> left = unary();
        while (accept("-and")) {
            left = left.and(unary());
        }
        return left;
    }

    private Predicate<Map<String, Object>> unary() {
        if (accept("-not")) {
            return unary().negate();
        }
        if (accept("(")) {
            Predicate<Map<String, Object>> inner = or();
            if (!accept(")")) {
                throw error("missing ')'");
            }
            return inner;
        }
        return comparison();
    }

    private Predicate<Map<String, Object>> comparison() {
        String property = next("a property name");
        if (!knownProperties.contains(property.toLowerCase(Locale.ROOT))) {
            throw error("'" + property + "' is not a recognized filterable property");
        }
        String operator = next("an operator").toLowerCase(Locale.ROOT);
        String value = literal(next("a value"));
        return switch (operator) {
            case "-eq" -> row -> anyMatches(row, property, v -> equalsValue(v, value));
            case "-ne" -> row -> !anyMatches(row, property, v -> equalsValue(v, value));
            case "-like" -> row -> anyMatches(row, property, v -> wildcard(value).matcher(text(v)).matches());
            case "-notlike" -> row -> !anyMatches(row, property, v -> wildcard(value).matcher(text(v)).matches());
            default -> throw error("operator '" + operator + "' is not supported (use -eq, -ne, -like, -notlike)");
        };
    }

    private static boolean anyMatches(Map<String, Object> row, String property, Predicate<Object> test) {
        Object value = lookup(row, property);
        if (value instanceof Collection<?> items) {
            return items.stream().anyMatch(test);
        }
        return test.test(value);
    }

    private static Object lookup(Map<String, Object> row, String property) {
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(property)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean equalsValue(Object actual, String expected) {
        if (expected == null) {
            return actual == null || text(actual).isEmpty();
        }
        return text(actual).equalsIgnoreCase(expected);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Pattern wildcard(String value) {
        StringBuilder regex = new StringBuilder();
        for (char c : (value == null ? "" : value).toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    }

    private String literal(String token) {
        if (token.length() >= 2 && (token.startsWith("'") || token.startsWith("\""))) {
            return token.substring(1, token.length() - 1);
        }
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "$true" -> "True";
            case "$false" -> "False";
            case "$null" -> null;
            default -> token;
        };
    }

    private boolean accept(String token) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(token)) {
            position++;
            return true;
        }
        return false;
    }

    private String next(String expected) {
        if (position >= tokens.size()) {
            throw error("expected " + expected + " at the end");
        }
        return tokens.get(position++);
    }

    private ServiceError error(String problem) {
        return new ServiceError(ErrorBodies.invalidArgument("Filter",
                "Cannot bind parameter 'Filter': invalid filter \"" + text + "\": " + problem + "."));
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("the quote opened at character " + (i + 1) + " is not closed");
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && text.charAt(i) != '(' && text.charAt(i) != ')') {
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }
}
