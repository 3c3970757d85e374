package dev.exobindings.metadata.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every malformed input is rejected with the file, the JSON path (or line/column) and a fix. */
class MalformedSnapshotTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SnapshotException rejectText(String json) {
        return assertThrows(SnapshotException.class, () -> SnapshotReader.read("broken.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    private static SnapshotException reject(Consumer<ObjectNode> breakIt) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(SnapshotWriter.toJson(SnapshotFixtures.small()));
            breakIt.accept(root);
            return rejectText(MAPPER.writeValueAsString(root));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode cmdlet(ObjectNode root, int index) {
        return (ObjectNode) root.get("cmdlets").get(index);
    }

    private static ObjectNode parameter(ObjectNode root, int cmdlet, int index) {
        return (ObjectNode) cmdlet(root, cmdlet).get("parameters").get(index);
    }

    private static void assertMessage(SnapshotException e, String location, String... fragments) {
        assertEquals("broken.json", e.file());
        assertEquals(location, e.location());
        assertTrue(e.getMessage().startsWith("broken.json: " + location + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(". Fix: "), e.getMessage());
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' not in: " + e.getMessage());
        }
    }

    @Test
    void aMetadataXmlGivenAsTheSnapshotIsNamedAsSuch() {
        for (String xml : new String[] {"<?xml version=\"1.0\"?><edmx:Edmx/>", "\uFEFF\n  <edmx:Edmx>"}) {
            SnapshotException e = rejectText(xml);
            assertTrue(e.getMessage().contains("this is an XML document (the service's $metadata a capture writes"
                    + " beside its snapshot?), not a snapshot"), e.getMessage());
            assertTrue(e.getMessage().contains("a $metadata file goes to --csdl or <csdl>"), e.getMessage());
        }
        assertTrue(rejectText("  ").getMessage().contains("the input is empty"), "still read as JSON after the look");
    }

    @Test
    void unknownFormatVersion() {
        SnapshotException e = reject(root -> ((ObjectNode) root.get("header")).put("formatVersion", 2));
        assertMessage(e, "$.header.formatVersion", "unknown format version 2",
                "understands format version 1");
    }

    @Test
    void missingRequiredField() {
        SnapshotException e = reject(root -> parameter(root, 0, 1).remove("type"));
        assertMessage(e, "$.cmdlets[0].parameters[1].type", "required member 'type' is missing",
                "add \"type\" to the object at $.cmdlets[0].parameters[1]");
    }

    @Test
    void duplicateCmdletNameIgnoringCase() {
        SnapshotException e = reject(root -> {
            cmdlet(root, 1).put("name", "get-mailbox").put("verb", "get").put("noun", "mailbox");
        });
        assertMessage(e, "$.cmdlets[1].name", "duplicate cmdlet name 'get-mailbox' (also at $.cmdlets[0]",
                "keep one entry per cmdlet");
    }

    @Test
    void duplicateParameterNameIgnoringCase() {
        SnapshotException e = reject(root -> parameter(root, 0, 1).put("name", "IDENTITY"));
        assertMessage(e, "$.cmdlets[0].parameters[1].name",
                "duplicate parameter name 'IDENTITY' (also at $.cmdlets[0].parameters[0]");
    }

    @Test
    void defaultSetThatIsNotASetOfTheCmdlet() {
        SnapshotException e = reject(root -> cmdlet(root, 0).put("defaultParameterSet", "Filter"));
        assertMessage(e, "$.cmdlets[0].defaultParameterSet", "default parameter set 'Filter' is not a set of Get-Mailbox",
                "use one of [Identity, AnrSet]");
    }

    @Test
    void defaultSetThatNoParameterBelongsTo() {
        SnapshotException e = reject(root -> {
            ((ArrayNode) cmdlet(root, 0).get("parameterSets")).add("Empty");
            cmdlet(root, 0).put("defaultParameterSet", "Empty");
        });
        assertMessage(e, "$.cmdlets[0].defaultParameterSet",
                "no parameter of Get-Mailbox belongs to default set 'Empty'");
    }

    @Test
    void membershipInASetTheCmdletLacks() {
        SnapshotException e = reject(root ->
                ((ObjectNode) parameter(root, 0, 2).get("sets").get(1)).put("name", "ServerSet"));
        assertMessage(e, "$.cmdlets[0].parameters[2].sets[1].name",
                "membership names set 'ServerSet' which the cmdlet does not have", "use one of [Identity, AnrSet]");
    }

    @Test
    void pathTraversalInCmdletName() {
        SnapshotException e = reject(root -> cmdlet(root, 1).put("name", "../Remove-Thing"));
        assertMessage(e, "$.cmdlets[1].name", "invalid cmdlet name (Verb-Noun) '../Remove-Thing'");
    }

    @Test
    void parameterNameWithSpaceOrQuote() {
        assertMessage(reject(root -> parameter(root, 0, 1).put("name", "Anr Name")),
                "$.cmdlets[0].parameters[1].name", "invalid parameter name 'Anr Name'");
        assertMessage(reject(root -> parameter(root, 0, 1).put("name", "Anr\"")),
                "$.cmdlets[0].parameters[1].name", "invalid parameter name 'Anr\"'");
    }

    @Test
    void commentTerminatorInTypeAndValue() {
        assertMessage(reject(root -> parameter(root, 0, 1).put("type", "String*/ class X {")),
                "$.cmdlets[0].parameters[1].type", "invalid type name");
        assertMessage(reject(root -> ((ArrayNode) parameter(root, 0, 2).get("allowedValues")).add("a */ b")),
                "$.cmdlets[0].parameters[2].allowedValues[2]", "invalid allowed value 'a */ b'");
    }

    @Test
    void setNameWithDotDotSlash() {
        SnapshotException e = reject(root -> ((ArrayNode) cmdlet(root, 0).get("parameterSets")).set(1, "../AnrSet"));
        assertMessage(e, "$.cmdlets[0].parameterSets[1]", "invalid parameter set name '../AnrSet'");
    }

    @Test
    void unknownMemberAndUnknownEnumSpelling() {
        assertMessage(reject(root -> parameter(root, 0, 0).put("mandatory", true)),
                "$.cmdlets[0].parameters[0].mandatory", "unknown member 'mandatory'", "allowed here: aliases");
        assertMessage(reject(root -> cmdlet(root, 0).put("product", "EXCHANGE_ONLINE")),
                "$.cmdlets[0].product", "unknown value 'EXCHANGE_ONLINE'",
                "write one of: exchange-online, security-compliance");
    }

    @Test
    void duplicateAllowedValueOrAlias() {
        assertMessage(reject(root -> ((ArrayNode) parameter(root, 0, 2).get("allowedValues")).add("UserMailbox")),
                "$.cmdlets[0].parameters[2].allowedValues[2]", "duplicate allowed value 'UserMailbox'");
        assertMessage(reject(root -> ((ArrayNode) parameter(root, 0, 2).get("aliases")).add("RTD")),
                "$.cmdlets[0].parameters[2].aliases[1]", "duplicate alias 'RTD' (aliases are case-insensitive)");
    }

    @Test
    void headerCountThatDisagrees() {
        SnapshotException e = reject(root -> ((ObjectNode) root.get("header").get("counts")).put("cmdlets", 3));
        assertMessage(e, "$.header.counts.cmdlets", "header says 3 cmdlets but the file holds 2");
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        SnapshotException e = rejectText("{\n  \"header\": {\n    \"formatVersion\": 1,,\n  }\n}\n");
        assertEquals("line 3, column 24", e.location());
        assertTrue(e.getMessage().startsWith("broken.json: line 3, column 24: invalid JSON: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("Fix: correct the JSON syntax at that position"), e.getMessage());
    }

    @Test
    void aPositionInsideJacksonsMessageIsALineAndColumnNotItsSourceDescription() {
        SnapshotException e = rejectText("[1,2");
        assertTrue(e.getMessage().contains("(start marker at line 1, column 1)"), e.getMessage());
        assertFalse(e.getMessage().contains("Source:"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadFeature"), e.getMessage());
    }

    @Test
    void duplicateJsonKeyAndTrailingGarbageAreInvalidJson() {
        assertTrue(rejectText("{\"header\": {}, \"header\": {}}").getMessage().contains("Duplicate field 'header'"));
        assertTrue(rejectText("{} {}").getMessage().contains("invalid JSON"));
        assertEquals("line 1, column 1", rejectText("").location());
    }

    @Test
    void deeplyNestedJsonIsAMessageNotAStackOverflow() {
        SnapshotException e = rejectText("[".repeat(100_000));
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("nesting depth"), e.getMessage());
    }

    @Test
    void aDeepSourcePathIsAMessageNotAStackOverflow() {
        // 6 KB of "a/": the old pattern recursed once per segment and overflowed the stack.
        String deep = "a/".repeat(3000) + "b";
        SnapshotException e = reject(root -> ((ObjectNode) root.get("header").get("sources").get(0)).put("path", deep));
        assertMessage(e, "$.header.sources[0].path", "invalid relative repository path");
    }

    @Test
    void aLongHyphenatedSnapshotNameIsAMessageNotAStackOverflow() {
        SnapshotException e = reject(root -> ((ObjectNode) root.get("header")).put("name", "a-".repeat(3000) + "b"));
        assertTrue(e.getMessage().contains("$.header"), e.getMessage());
    }

    @Test
    void pathAndNameRulesStillAcceptTheUsualAndRefuseEscapes() {
        for (String ok : new String[] {"spec/catalog/EXO-catalog.json", "a", "x.y/z_1"}) {
            assertTrue(SnapshotNameRules.REPOSITORY_PATH.matcher(ok).matches(), ok);
        }
        for (String bad : new String[] {"/abs", "a//b", "a/", "../x", "a/./b", "a/..", ".", "a b"}) {
            assertTrue(!SnapshotNameRules.REPOSITORY_PATH.matcher(bad).matches(), bad);
        }
        assertTrue(SnapshotNameRules.SNAPSHOT_NAME.matcher("exchange-online").matches());
        for (String bad : new String[] {"-x", "x-", "a--b", "A", ""}) {
            assertTrue(!SnapshotNameRules.SNAPSHOT_NAME.matcher(bad).matches(), bad);
        }
    }
}
