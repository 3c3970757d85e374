package dev.exobindings.metadata.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;

/** Typed access to a JSON tree that fails with a {@link SnapshotException} naming the file and JSON path. */
final class JsonChecks {
    private final String file;

    JsonChecks(String file) {
        this.file = file;
    }

    SnapshotException error(String path, String problem, String fix) {
        return new SnapshotException(file, path, problem, fix);
    }

    JsonNode object(JsonNode node, String path, Set<String> allowedMembers) {
        if (node == null || !node.isObject()) {
            throw error(path, "expected a JSON object but found " + describe(node), "write an object { … } here");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedMembers.contains(name)) {
                throw error(path + "." + name, "unknown member '" + name + "'",
                        "remove it or correct its spelling; allowed here: " + String.join(", ", new java.util.TreeSet<>(allowedMembers)));
            }
        }
        return node;
    }

    JsonNode required(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            throw error(path + "." + field, "required member '" + field + "' is missing",
                    "add \"" + field + "\" to the object at " + path);
        }
        return value;
    }

    JsonNode array(JsonNode parent, String field, String path, boolean required) {
        JsonNode value = required ? required(parent, field, path) : parent.get(field);
        if (value != null && !value.isArray()) {
            throw error(path + "." + field, "expected a JSON array but found " + describe(value), "write [ … ] here");
        }
        return value;
    }

    String text(JsonNode parent, String field, String path, boolean required, Pattern pattern, String what) {
        JsonNode value = required ? required(parent, field, path) : parent.get(field);
        if (value == null || (!required && value.isNull())) {
            return null;
        }
        return text(value, path + "." + field, pattern, what);
    }

    String text(JsonNode value, String path, Pattern pattern, String what) {
        if (!value.isTextual()) {
            throw error(path, "expected a string but found " + describe(value), "write " + what + " as a JSON string");
        }
        String text = value.textValue();
        if (!pattern.matcher(text).matches()) {
            throw error(path, "invalid " + what + " '" + printable(text) + "'",
                    "use " + what + " matching " + pattern.pattern());
        }
        return text;
    }

    boolean flag(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw error(path + "." + field, "expected true or false but found " + describe(value),
                    "write a JSON boolean, or leave the member out for false");
        }
        return value.booleanValue();
    }

    Integer integer(JsonNode parent, String field, String path, boolean required, int minimum) {
        JsonNode value = required ? required(parent, field, path) : parent.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isInt() || value.intValue() < minimum) {
            throw error(path + "." + field, "expected an integer >= " + minimum + " but found " + describe(value),
                    "write a whole number >= " + minimum);
        }
        return value.intValue();
    }

    <E extends Enum<E>> E enumValue(JsonNode value, String path, Class<E> type) {
        if (value == null || !value.isTextual()) {
            throw error(path, "expected one of " + SnapshotSpelling.allSpellings(type) + " but found "
                    + describe(value), "write one of: " + SnapshotSpelling.allSpellings(type));
        }
        return SnapshotSpelling.parse(type, value.textValue()).orElseThrow(() -> error(path,
                "unknown value '" + printable(value.textValue()) + "'",
                "write one of: " + SnapshotSpelling.allSpellings(type)));
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "the string '" + printable(node.textValue()) + "'";
        }
        return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " " + printable(node.toString());
    }

    /** Shortens a value and makes control characters visible so an error message stays one readable line. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? out + "…" : out.toString();
    }
}
