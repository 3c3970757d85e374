package dev.exobindings.metadata.diff;

import static dev.exobindings.metadata.diff.DiffFixtures.cmdlet;
import static dev.exobindings.metadata.diff.DiffFixtures.mandatoryIn;
import static dev.exobindings.metadata.diff.DiffFixtures.optionalIn;
import static dev.exobindings.metadata.diff.DiffFixtures.parameter;
import static dev.exobindings.metadata.diff.DiffFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffRenderersTest {
    private static final SnapshotDiff DIFF = new SnapshotDiff("v1.json", "v2.json", List.of(
            new DiffRow("Get-Thing", "Filter", null, ChangeKind.TYPE_CHANGED, "String|Int32", "Int32", true, "why a"),
            new DiffRow("Get-Thing", "Identity", "Identity", ChangeKind.POSITION_CHANGED, "0", "named", false,
                    "why b"),
            new DiffRow("New-Thing", null, null, ChangeKind.CMDLET_ADDED, null, null, false, "why c")));

    @Test
    void markdownHasCountsAndSeparatesBreakingRows() {
        String md = DiffMarkdown.render(DIFF);
        assertTrue(md.startsWith("# Snapshot diff: `v1.json` → `v2.json`\n\n3 change(s), 1 breaking: 1 cmdlet(s) "
                + "added, 0 removed or dropped by the service.\n\n| Change | Rows | Breaking |\n|---|---:|---:|\n"), md);
        assertTrue(md.contains("| type changed | 1 | 1 |\n"), md);
        assertTrue(md.contains("| position changed | 1 | 0 |\n"), md);
        String breaking = md.substring(md.indexOf("## Breaking changes"), md.indexOf("## Other changes"));
        assertTrue(breaking.contains("| Get-Thing | Filter | – | type changed | String\\|Int32 | Int32 | why a |"),
                breaking);
        String other = md.substring(md.indexOf("## Other changes"));
        assertTrue(other.contains("| Get-Thing | Identity | Identity | position changed | 0 | named | why b |"), other);
        assertTrue(other.contains("| New-Thing | – | – | cmdlet added | – | – | why c |"), other);
    }

    @Test
    void markdownSaysWhenThereIsNoDifference() {
        String md = DiffMarkdown.render(new SnapshotDiff("a", "b", List.of()));
        assertTrue(md.endsWith("\nNo differences.\n"), md);
    }

    @Test
    void jsonCarriesEveryFieldWithStableKindIds() throws Exception {
        String json = DiffJson.render(DIFF);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("v1.json", root.get("old").asText());
        assertEquals(1, root.get("breaking").asInt());
        assertEquals(1, root.at("/summary/type-changed/rows").asInt());
        assertEquals(1, root.at("/summary/type-changed/breaking").asInt());
        assertEquals(0, root.at("/summary/position-changed/breaking").asInt());
        JsonNode first = root.at("/rows/0");
        assertEquals("Filter", first.get("parameter").asText());
        assertEquals("type-changed", first.get("kind").asText());
        assertTrue(first.get("set").isNull());
        assertTrue(first.get("breaking").asBoolean());
        assertEquals("why a", first.get("why").asText());
        assertTrue(json.endsWith("}\n"));
    }

    @Test
    void renderingTheSameSnapshotsTwiceGivesTheSameBytes() {
        var before = snapshot("old", cmdlet("Get-A", parameter("X", "String", optionalIn("Identity"))),
                cmdlet("Get-B"));
        var after = snapshot("new", cmdlet("Get-A", parameter("X", "String", mandatoryIn("Identity"))),
                cmdlet("Get-C"));
        assertEquals(DiffJson.render(SnapshotDiffer.diff(before, after)),
                DiffJson.render(SnapshotDiffer.diff(before, after)));
        assertEquals(DiffMarkdown.render(SnapshotDiffer.diff(before, after)),
                DiffMarkdown.render(SnapshotDiffer.diff(before, after)));
    }
}
