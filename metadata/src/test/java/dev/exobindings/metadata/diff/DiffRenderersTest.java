package dev.exobindings.metadata.diff;

import static dev.exobindings.metadata.diff.DiffFixtures.cmdlet;
import static dev.exobindings.metadata.diff.DiffFixtures.mandatoryIn;
import static dev.exobindings.metadata.diff.DiffFixtures.optionalIn;
import static dev.exobindings.metadata.diff.DiffFixtures.parameter;
import static dev.exobindings.metadata.diff.DiffFixtures.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffRenderersTest {
    private static final SnapshotDiff DIFF = new SnapshotDiff("v1.json", "v2.json",
            List.of("New-Thing"), List.of("Remove-Thing"),
            List.of(new CmdletChanges("Get-Thing", List.of(
                    new ParameterChange("Identity", ChangeKind.MANDATORY_CHANGED, "Identity", "optional", "mandatory"),
                    new ParameterChange("Filter", ChangeKind.TYPE_CHANGED, null, "String|Int32", "Int32")))));

    @Test
    void markdownHasSummaryTableListsAndPerCmdletTable() {
        String expected = """
                # Snapshot diff: `v1.json` → `v2.json`

                1 cmdlet(s) added, 1 removed, 2 parameter change(s) in 1 cmdlet(s).

                | Change | Count |
                |---|---:|
                | cmdlets added | 1 |
                | cmdlets removed | 1 |
                | parameter added | 0 |
                | parameter removed | 0 |
                | type changed | 1 |
                | mandatory changed | 1 |
                | set membership changed | 0 |

                ## Cmdlets added

                - New-Thing

                ## Cmdlets removed

                - Remove-Thing

                ## Cmdlets changed

                ### Get-Thing

                | Parameter | Change | Set | Before | After |
                |---|---|---|---|---|
                | Identity | mandatory changed | Identity | optional | mandatory |
                | Filter | type changed | – | String\\|Int32 | Int32 |
                """;
        assertEquals(expected, DiffMarkdown.render(DIFF));
    }

    @Test
    void markdownSaysWhenThereIsNoDifference() {
        String md = DiffMarkdown.render(new SnapshotDiff("a", "b", List.of(), List.of(), List.of()));
        assertEquals(true, md.endsWith("\nNo differences.\n"), md);
    }

    @Test
    void jsonCarriesEveryFieldWithStableKindIds() throws Exception {
        String json = DiffJson.render(DIFF);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("v1.json", root.get("old").asText());
        assertEquals("v2.json", root.get("new").asText());
        assertEquals(1, root.at("/summary/cmdletsAdded").asInt());
        assertEquals(1, root.at("/summary/type-changed").asInt());
        assertEquals(0, root.at("/summary/parameter-added").asInt());
        assertEquals("New-Thing", root.at("/cmdletsAdded/0").asText());
        assertEquals("Remove-Thing", root.at("/cmdletsRemoved/0").asText());
        JsonNode first = root.at("/cmdletsChanged/0/changes/0");
        assertEquals("Identity", first.get("parameter").asText());
        assertEquals("mandatory-changed", first.get("kind").asText());
        assertEquals("Identity", first.get("set").asText());
        assertEquals("optional", first.get("before").asText());
        assertEquals("mandatory", first.get("after").asText());
        assertEquals(true, root.at("/cmdletsChanged/0/changes/1/set").isNull());
        assertEquals(true, json.endsWith("}\n"));
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
