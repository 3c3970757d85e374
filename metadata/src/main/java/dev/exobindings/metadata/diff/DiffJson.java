package dev.exobindings.metadata.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Renders a {@link SnapshotDiff} as JSON for tools: fixed member order, two-space indentation, LF line ends and a
 * trailing newline. Shape:
 * <pre>{@code
 * {"old": "...", "new": "...", "breaking": 3,
 *  "summary": {"cmdlet-added": {"rows": 1, "breaking": 0}, ...},
 *  "rows": [{"cmdlet": "Get-Thing", "parameter": "Identity", "set": null, "kind": "type-changed",
 *            "before": "String", "after": "Int32", "breaking": true, "why": "..."}],
 *  "models": [{"type": "Exchange.Mailbox", "member": "Alias", "kind": "property-removed", ...}]}
 * }</pre>
 * {@code breaking} counts both kinds of row; {@code models} is there only when CSDL documents were compared (an empty
 * array when they define the same models).
 */
public final class DiffJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private DiffJson() {
    }

    /** The report text. */
    public static String render(SnapshotDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", diff.oldName());
        root.put("new", diff.newName());
        root.put("breaking", diff.breaking().size() + diff.breakingModels().size());
        ObjectNode summary = root.putObject("summary");
        for (ChangeKind kind : ChangeKind.values()) {
            ObjectNode count = summary.putObject(kind.id());
            count.put("rows", diff.count(kind));
            count.put("breaking", diff.rows(kind).stream().filter(DiffRow::breaking).count());
        }
        ArrayNode rows = root.putArray("rows");
        for (DiffRow row : diff.rows()) {
            ObjectNode r = rows.addObject();
            r.put("cmdlet", row.cmdlet());
            r.put("parameter", row.parameter());
            r.put("set", row.set());
            r.put("kind", row.kind().id());
            r.put("before", row.before());
            r.put("after", row.after());
            r.put("breaking", row.breaking());
            r.put("why", row.why());
        }
        if (diff.modelsCompared()) {
            ArrayNode models = root.putArray("models");
            for (ModelDiffRow row : diff.models()) {
                ObjectNode m = models.addObject();
                m.put("type", row.type());
                m.put("member", row.member());
                m.put("kind", row.kind().id());
                m.put("before", row.before());
                m.put("after", row.after());
                m.put("breaking", row.breaking());
                m.put("why", row.why());
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
