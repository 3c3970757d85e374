package dev.exobindings.simulator.protocol;

import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives the rows of the read cmdlets the simulator implements the shape of their result type in the service's
 * {@code $metadata} (the bundled CSDL): every property of the type, in CSDL order, with the handler's value where
 * it has one, else {@code null} (an empty list for a collection) — as the service sends unset properties. Values
 * keep the form the service renders (quotas as {@code 99 GB (106,300,440,576 bytes)}); a date for a property the
 * CSDL declares {@code Edm.Int64} is sent as epoch milliseconds. Columns the handler adds beyond the type follow.
 * Only selected properties are built, so a {@code $select}-ed page of a 260-property type stays cheap.
 */
public final class ModelRows {
    /** The simulator's read cmdlets and the CSDL type each returns (what the generator's mapping also says). */
    private static final Map<String, String> RESULT_TYPES = Map.of(
            "get-mailbox", "Mailbox",
            "get-casmailbox", "CasMailbox",
            "get-user", "User",
            "get-recipient", "Recipient",
            "get-mailboxstatistics", "MailboxStatistics",
            "get-mailboxpermission", "MailboxPermission");
    private static final Map<String, CsdlSchema.StructuredType> TYPES = load();
    /** Property names in lower case per type, computed once: rows are shaped in a hot loop. */
    private static final Map<String, String[]> LOWER_NAMES = lowerNames();

    private ModelRows() {
    }

    /** The CSDL type of a cmdlet's rows, or null when the simulator gives it none. */
    public static CsdlSchema.StructuredType typeOf(String cmdletName) {
        return TYPES.get(cmdletName.toLowerCase(Locale.ROOT));
    }

    /** {@code row} shaped to the cmdlet's result type; unchanged for other cmdlets. */
    public static Map<String, Object> shape(String cmdletName, Map<String, Object> row, PropertySelect select) {
        CsdlSchema.StructuredType type = typeOf(cmdletName);
        if (type == null) {
            return row;
        }
        Map<String, String> keys = new HashMap<>();
        row.keySet().forEach(k -> keys.put(k.toLowerCase(Locale.ROOT), k));
        Map<String, Object> out = new LinkedHashMap<>();
        String[] lower = LOWER_NAMES.get(type.qualifiedName());
        for (int i = 0; i < lower.length; i++) {
            if (!select.includesLowerCase(lower[i])) {
                continue;
            }
            CsdlSchema.Property p = type.properties().get(i);
            String key = keys.remove(lower[i]);
            out.put(p.name(), value(p, key == null ? null : row.get(key)));
        }
        keys.values().forEach(k -> out.put(k, row.get(k)));
        return out;
    }

    private static Object value(CsdlSchema.Property p, Object v) {
        if (v == null) {
            return p.collection() ? List.of() : null;
        }
        if (p.collection() && !(v instanceof List<?>)) {
            return List.of(v);
        }
        if (p.type().equals("Edm.Int64") && v instanceof String text) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException notADate) {
                return v; // e.g. a byte quantity, rendered as the service does
            }
        }
        return v;
    }

    private static Map<String, String[]> lowerNames() {
        Map<String, String[]> out = new HashMap<>();
        TYPES.values().forEach(t -> out.put(t.qualifiedName(), t.properties().stream()
                .map(p -> p.name().toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        return Map.copyOf(out);
    }

    private static Map<String, CsdlSchema.StructuredType> load() {
        CsdlSchema csdl;
        try (InputStream in = BundledCsdl.openExchangeOnline()) {
            csdl = new CsdlReader().read(BundledCsdl.EXCHANGE_ONLINE_RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, CsdlSchema.StructuredType> types = new HashMap<>();
        RESULT_TYPES.forEach((cmdlet, type) -> types.put(cmdlet, csdl.type(type).orElseThrow(
                () -> new IllegalStateException("the bundled CSDL has no type " + type))));
        return Map.copyOf(types);
    }
}
