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
 * {"old": "...", "new": "...",
 *  "summary": {"cmdletsAdded": 1, "cmdletsRemoved": 0, "parameter-added": 2, ...},
 *  "cmdletsAdded": ["New-Thing"], "cmdletsRemoved": [],
 *  "cmdletsChanged": [{"cmdlet": "Get-Thing", "changes": [
 *      {"parameter": "Identity", "kind": "type-changed", "set": null, "before": "String", "after": "Int32"}]}]}
 * }</pre>
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
        ObjectNode summary = root.putObject("summary");
        summary.put("cmdletsAdded", diff.cmdletsAdded().size());
        summary.put("cmdletsRemoved", diff.cmdletsRemoved().size());
        summary.put("cmdletsChanged", diff.cmdletsChanged().size());
        for (ChangeKind kind : ChangeKind.values()) {
            summary.put(kind.id(), diff.count(kind));
        }
        diff.cmdletsAdded().forEach(root.putArray("cmdletsAdded")::add);
        diff.cmdletsRemoved().forEach(root.putArray("cmdletsRemoved")::add);
        ArrayNode changed = root.putArray("cmdletsChanged");
        for (CmdletChanges cmdlet : diff.cmdletsChanged()) {
            ObjectNode node = changed.addObject();
            node.put("cmdlet", cmdlet.cmdlet());
            ArrayNode changes = node.putArray("changes");
            for (ParameterChange change : cmdlet.changes()) {
                ObjectNode c = changes.addObject();
                c.put("parameter", change.parameter());
                c.put("kind", change.kind().id());
                c.put("set", change.set());
                c.put("before", change.before());
                c.put("after", change.after());
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
