package dev.exobindings.generator.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.generator.model.CmdletModel;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The InvokeCommand body a line implies, computed from the typed values alone (never from the Java code), by the
 * value mapping of the module's Transform-Parameters: text, numbers and booleans as JSON values; hashtables tagged
 * {@code #Exchange.GenericHashTable} (a list of them also gets the {@code <Name>@odata.type} collection key);
 * dates in UTC as {@code yyyy-MM-ddTHH:mm:ss}; time spans as {@code [-][d.]hh:mm:ss[.fffffff]}; sizes in their
 * largest whole unit; {@code $true}/{@code $false} in filter text as {@code 'True'}/{@code 'False'}; and
 * {@code "Confirm": false} where the module's default {@code $ConfirmPreference} (High) would prompt: a ShouldProcess
 * cmdlet of impact High or of unknown impact; no Confirm key below High, as the runtime sends it.
 */
final class BodyRenderer {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HASHTABLE = "#Exchange.GenericHashTable";
    private static final Set<String> FILTERS = Set.of("filter", "recipientfilter", "recipientpreviewfilter");
    private static final Pattern TRUE = Pattern.compile("(?i)\\$true\\b");
    private static final Pattern FALSE = Pattern.compile("(?i)\\$false\\b");
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

    private BodyRenderer() {
    }

    static String render(CmdletModel cmdlet, List<Map.Entry<String, TypedValue>> parameters) {
        ObjectNode params = NODES.objectNode();
        for (Map.Entry<String, TypedValue> e : parameters) {
            TypedValue v = e.getValue();
            if (v instanceof TypedValue.Text t && FILTERS.contains(e.getKey().toLowerCase(Locale.ROOT))) {
                v = new TypedValue.Text(FALSE.matcher(TRUE.matcher(t.value()).replaceAll("'True'"))
                        .replaceAll("'False'"));
            }
            params.set(e.getKey(), json(v));
            if (v instanceof TypedValue.Items items && !items.items().isEmpty()
                    && items.items().stream().allMatch(TypedValue.Table.class::isInstance)) {
                params.put(e.getKey() + "@odata.type", "#Collection(" + HASHTABLE.substring(1) + ")");
            }
        }
        if (confirmsByDefault(cmdlet)) {
            params.put("Confirm", false);
        }
        ObjectNode input = NODES.objectNode();
        input.put("CmdletName", cmdlet.name());
        input.set("Parameters", params);
        ObjectNode root = NODES.objectNode();
        root.set("CmdletInput", input);
        return root.toString();
    }

    private static JsonNode json(TypedValue v) {
        if (v instanceof TypedValue.Text t) {
            return NODES.textNode(t.value());
        }
        if (v instanceof TypedValue.Bool b) {
            return NODES.booleanNode(b.value());
        }
        if (v instanceof TypedValue.Whole w) {
            return NODES.numberNode(w.value());
        }
        if (v instanceof TypedValue.Real r) {
            return NODES.numberNode(r.value().doubleValue());
        }
        if (v instanceof TypedValue.Guid g) {
            return NODES.textNode(g.value().toString());
        }
        if (v instanceof TypedValue.DateTime d) {
            return NODES.textNode(SORTABLE.format(d.utc()));
        }
        if (v instanceof TypedValue.Span s) {
            return NODES.textNode(timeSpan(s.value()));
        }
        if (v instanceof TypedValue.Size s) {
            return NODES.textNode(size(s.bytes()));
        }
        if (v instanceof TypedValue.Unlimited u) {
            return u.bound() == null ? NODES.textNode("Unlimited") : json(u.bound());
        }
        if (v instanceof TypedValue.EnumValue e) {
            return NODES.textNode(e.wire());
        }
        if (v instanceof TypedValue.Flags f) {
            return NODES.textNode(f.values().stream().map(TypedValue.EnumValue::wire)
                    .collect(java.util.stream.Collectors.joining(",")));
        }
        if (v instanceof TypedValue.Null) {
            return NODES.nullNode();
        }
        if (v instanceof TypedValue.Table t) {
            ObjectNode table = NODES.objectNode();
            table.put("@odata.type", HASHTABLE);
            t.members().forEach(m -> table.set(m.key(), json(m.value())));
            return table;
        }
        if (v instanceof TypedValue.Items items) {
            return array(items.items());
        }
        if (v instanceof TypedValue.Delta d) {
            ObjectNode delta = NODES.objectNode();
            delta.put("@odata.type", HASHTABLE);
            if (!d.add().isEmpty()) {
                delta.set("Add", array(d.add()));
            }
            if (!d.remove().isEmpty()) {
                delta.set("Remove", array(d.remove()));
            }
            return delta;
        }
        throw new IllegalStateException("no JSON form for " + v);
    }

    private static ArrayNode array(List<TypedValue> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(i -> array.add(json(i)));
        return array;
    }

    /** .NET TimeSpan's constant format. */
    private static String timeSpan(Duration value) {
        Duration d = value.abs();
        String clock = String.format(Locale.ROOT, "%02d:%02d:%02d", d.toHoursPart(), d.toMinutesPart(),
                d.toSecondsPart());
        String days = d.toDays() == 0 ? "" : d.toDays() + ".";
        String ticks = d.toNanosPart() == 0 ? "" : String.format(Locale.ROOT, ".%07d", d.toNanosPart() / 100);
        return (value.isNegative() ? "-" : "") + days + clock + ticks;
    }

    /** Exchange's size text: the largest unit that divides the byte count. */
    private static String size(long bytes) {
        int unit = 0;
        long n = bytes;
        for (; unit + 1 < UNITS.length && n != 0 && n % 1024 == 0; unit++) {
            n /= 1024;
        }
        return n + UNITS[unit];
    }

    /** The runtime's default ({@code CmdletDescriptor.confirmsByDefault()}), decided from the same model. */
    private static boolean confirmsByDefault(CmdletModel cmdlet) {
        var descriptor = cmdlet.descriptor();
        return descriptor.supportsShouldProcess() && (descriptor.confirmImpact() == null
                || descriptor.confirmImpact() == dev.exobindings.metadata.model.ConfirmImpact.HIGH);
    }
}
