package dev.exobindings.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.runtime.testing.TestLog;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModelTypeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void readsTypedValuesAndKeepsEveryUnknownProperty() {
        Box b = Box.MODEL_TYPE.read(json("{\"DisplayName\":\"Vasil\",\"primarysmtpaddress\":\"v@contoso.com\","
                + "\"EmailAddresses@odata.type\":\"#Collection(String)\",\"EmailAddresses\":[\"SMTP:v@contoso.com\","
                + "\"smtp:v@contoso.onmicrosoft.com\"],\"Guid\":\"6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11\","
                + "\"WhenCreated\":\"2024-03-01T10:15:00+02:00\",\"RecipientTypeDetails\":\"SharedMailbox\","
                + "\"ItemCount\":\"12\",\"Nested\":{\"DisplayName\":\"inner\"},\"Office\":\"Sofia\","
                + "\"Extra\":{\"a\":[1,2]},\"@odata.type\":\"#Exchange.Mailbox\"}"));
        assertEquals("Vasil", b.displayName());
        assertEquals("v@contoso.com", b.primarySmtpAddress(), "a name differing in case still binds");
        assertEquals(List.of("SMTP:v@contoso.com", "smtp:v@contoso.onmicrosoft.com"), b.emailAddresses());
        assertEquals(UUID.fromString("6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11"), b.guid());
        assertEquals(Instant.parse("2024-03-01T08:15:00Z"), b.whenCreated());
        assertEquals(Box.Kind.SHARED_MAILBOX, b.kind());
        assertEquals(12L, b.items());
        assertEquals("inner", b.nested().displayName());
        assertEquals(List.of("Office", "Extra"), List.copyOf(b.extraProperties().keySet()),
                "unknown properties are kept in row order; annotations are not properties");
        assertEquals(2, b.extraProperties().get("Extra").get("a").size());
    }

    @Test
    void aByteQuantityAsTheServiceRendersItReadsAsBytes() {
        assertEquals(106_300_440_576L, Box.MODEL_TYPE.read(json("{\"ItemCount\":\"99 GB (106,300,440,576 bytes)\"}"))
                .items());
        assertEquals(7L, Box.MODEL_TYPE.read(json("{\"ItemCount\":7}")).items());
        Box noBytes = Box.MODEL_TYPE.read(json("{\"ItemCount\":\"99 GB\"}"));
        assertNull(noBytes.items(), "no byte count to read");
        assertEquals("99 GB", noBytes.extraProperties().get("ItemCount").asText());
    }

    @Test
    void anEnumValueTheModelDoesNotKnowIsKeptRaw() {
        Box b = Box.MODEL_TYPE.read(json("{\"RecipientTypeDetails\":\"RoomMailbox\"}"));
        assertEquals(Box.Kind.UNRECOGNIZED, b.kind());
        assertEquals("RoomMailbox", b.extraProperties().get("RecipientTypeDetails").asText());
    }

    @Test
    void aJavaNullRowIsRefusedWithTheModelNamedAndAJsonNullGivesAnEmptyModel() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Box.MODEL_TYPE.read((JsonNode) null));
        assertTrue(e.getMessage().startsWith("Box: the row to read is a Java null"), e.getMessage());
        assertEquals("Box[]", Box.MODEL_TYPE.read(json("null")).toString());
    }

    @Test
    void absentAndNullPropertiesReadNull() {
        Box b = Box.MODEL_TYPE.read(json("{\"DisplayName\":null}"));
        assertNull(b.displayName());
        assertNull(b.items());
        assertEquals(Map.of(), b.extraProperties());
        assertEquals("Box[]", b.toString());
    }

    @Test
    void aValueItsTypeCannotReadIsKeptRawAndTheRestOfTheRowIsRead() {
        Box b = Box.MODEL_TYPE.read(json("{\"DisplayName\":\"A\",\"Guid\":\"not-a-guid\",\"EmailAddresses\":[\"x\"]}"));
        assertNull(b.guid());
        assertEquals("A", b.displayName());
        assertEquals(List.of("x"), b.emailAddresses());
        assertEquals("not-a-guid", b.extraProperties().get("Guid").asText());
        assertWarnedOnce();
    }

    /** However many rows carry an unreadable Guid, in whichever test, one WARN names the model property. */
    private static void assertWarnedOnce() {
        List<String> warnings = TestLog.lines().stream()
                .filter(l -> l.contains("WARN") && l.contains("Test.Box.Guid: cannot read \"not-a-guid\""))
                .toList();
        assertEquals(1, warnings.size(), String.join("\n", warnings));
    }

    @Test
    void equalityIsByValues() {
        String row = "{\"DisplayName\":\"A\",\"EmailAddresses\":[\"x\"],\"Office\":\"Sofia\"}";
        assertEquals(Box.MODEL_TYPE.read(json(row)), Box.MODEL_TYPE.read(json(row)));
        assertEquals(Box.MODEL_TYPE.read(json(row)).hashCode(), Box.MODEL_TYPE.read(json(row)).hashCode());
        assertNotEquals(Box.MODEL_TYPE.read(json(row)), Box.MODEL_TYPE.read(json("{\"DisplayName\":\"A\"}")));
        assertEquals("Box[DisplayName=A, EmailAddresses=[x], Office=\"Sofia\"]",
                Box.MODEL_TYPE.read(json(row)).toString());
    }

    /** Rows read from the parser, one model per element of the JSON array {@code rows}. */
    private static List<Box> streamed(String rows) throws IOException {
        List<Box> out = new ArrayList<>();
        try (JsonParser p = JSON.getFactory().createParser(rows)) {
            assertEquals(JsonToken.START_ARRAY, p.nextToken());
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(Box.MODEL_TYPE.read(p));
                assertTrue(p.currentToken() == JsonToken.END_OBJECT || p.currentToken().isScalarValue(),
                        "the parser stays on the row's last token: " + p.currentToken());
            }
        }
        return out;
    }

    @Test
    void theStreamingReadGivesTheSameModelAsTheTreeRead() throws IOException {
        List<String> rows = List.of(
                "{\"DisplayName\":\"Vasil\",\"primarysmtpaddress\":\"v@contoso.com\",\"EmailAddresses@odata.type\":"
                        + "\"#Collection(String)\",\"EmailAddresses\":[\"SMTP:v@contoso.com\",null],\"Guid\":"
                        + "\"6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11\",\"WhenCreated\":\"2024-03-01T10:15:00+02:00\","
                        + "\"RecipientTypeDetails\":\"SharedMailbox\",\"ItemCount\":\"99 GB (106,300,440,576 bytes)\","
                        + "\"Nested\":{\"DisplayName\":\"inner\",\"Deeper\":[1,{\"x\":2}]},\"Office\":\"Sofia\","
                        + "\"Extra\":{\"a\":[1,2]},\"@odata.type\":\"#Exchange.Mailbox\",\"Big\":12345678901234567890}",
                "{\"RecipientTypeDetails\":\"RoomMailbox\",\"ItemCount\":7,\"DisplayName\":12.5,\"Flag\":true}",
                "{\"EmailAddresses\":\"single@contoso.com\",\"DisplayName\":null,\"Unknown\":null}",
                "{}");
        List<Box> fromParser = streamed("[" + String.join(",", rows) + ",7]");
        assertEquals(rows.size() + 1, fromParser.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Box.MODEL_TYPE.read(json(rows.get(i))), fromParser.get(i), rows.get(i));
        }
        assertEquals(Box.Kind.UNRECOGNIZED, fromParser.get(1).kind());
        assertEquals("RoomMailbox", fromParser.get(1).extraProperties().get("RecipientTypeDetails").asText(),
                "the raw value of an unknown enum value is kept");
        assertEquals(List.of("Office", "Extra", "Big"), List.copyOf(fromParser.get(0).extraProperties().keySet()));
        assertEquals("Box[]", fromParser.get(rows.size()).toString(), "a row that is not an object is empty");
    }

    @Test
    void aValueItsTypeCannotReadIsKeptRawWhenStreamedAndTheNextRowsAreRead() throws IOException {
        List<Box> rows = streamed("[{\"Guid\":\"not-a-guid\",\"DisplayName\":\"A\"},{\"Guid\":\"not-a-guid\"},"
                + "{\"DisplayName\":\"C\",\"Guid\":\"6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11\"}]");
        assertEquals(3, rows.size());
        assertNull(rows.get(0).guid());
        assertEquals("A", rows.get(0).displayName());
        assertEquals("not-a-guid", rows.get(1).extraProperties().get("Guid").asText());
        assertEquals(Box.MODEL_TYPE.read(json("{\"Guid\":\"not-a-guid\",\"DisplayName\":\"A\"}")), rows.get(0));
        assertEquals("C", rows.get(2).displayName());
        assertEquals("6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11", rows.get(2).guid().toString());
        assertWarnedOnce();
    }

    /** A row read both ways: the tree read and the streaming read must give equal models; the streamed one. */
    private static Box bothWays(String row) throws IOException {
        Box fromTree = Box.MODEL_TYPE.read(json(row));
        Box fromParser = streamed("[" + row + "]").get(0);
        assertEquals(fromTree, fromParser, row);
        return fromParser;
    }

    /** Exactly one WARN in this JVM names {@code Test.Box.<property>}: one per property, however many rows. */
    private static void assertWarnedOnceFor(String property) {
        List<String> warnings = TestLog.lines().stream()
                .filter(l -> l.contains("WARN") && l.contains("Test.Box." + property + ": cannot read"))
                .toList();
        assertEquals(1, warnings.size(), String.join("\n", warnings));
    }

    @Test
    void aBooleanIsReadOnlyFromTrueOrFalse() throws IOException {
        assertEquals(true, bothWays("{\"Enabled\":true}").enabled());
        assertEquals(false, bothWays("{\"Enabled\":false}").enabled());
        assertEquals(true, bothWays("{\"Enabled\":\"True\"}").enabled(), "the text, any case");
        assertEquals(false, bothWays("{\"Enabled\":\" FALSE \"}").enabled());
        for (String raw : List.of("\"nope\"", "1", "0", "\"1\"", "\"\"", "1.5", "[true]", "{\"a\":true}")) {
            Box b = bothWays("{\"DisplayName\":\"A\",\"Enabled\":" + raw + "}");
            assertNull(b.enabled(), raw + " is not a boolean");
            assertEquals(json(raw), b.extraProperties().get("Enabled"), "the raw value is kept: " + raw);
            assertEquals("A", b.displayName());
        }
        Box nested = bothWays("{\"Nested\":{\"DisplayName\":\"inner\",\"Enabled\":\"nope\"}}");
        assertNull(nested.nested().enabled(), "nested models read booleans the same way");
        assertEquals("nope", nested.nested().extraProperties().get("Enabled").asText());
        Box list = bothWays("{\"Flags\":[true,\"nope\"]}");
        assertNull(list.get(Box.FLAGS), "a list with an unreadable element is kept raw whole");
        assertEquals(2, list.extraProperties().get("Flags").size());
        assertWarnedOnceFor("Enabled");
    }

    @Test
    void anInt64IsAnIntegralNumberWithinItsRangeOrUnreadable() throws IOException {
        assertEquals(Long.MAX_VALUE, bothWays("{\"Size\":9223372036854775807}").size());
        assertEquals(Long.MIN_VALUE, bothWays("{\"Size\":-9223372036854775808}").size());
        assertEquals(2L, bothWays("{\"Size\":2.0}").size(), "an integral value written with a fraction");
        assertEquals(1000L, bothWays("{\"Size\":1e3}").size());
        for (String raw : List.of("1.5", "-0.25", "1e30", "-1e30", "9223372036854775808", "12345678901234567890",
                "9.3e18", "\"1.5\"", "\"1e30\"", "true")) {
            Box b = bothWays("{\"Size\":" + raw + ",\"DisplayName\":\"A\"}");
            assertNull(b.size(), raw + " is no Int64: not truncated, not clamped");
            assertEquals(json(raw), b.extraProperties().get("Size"), "the raw value is kept: " + raw);
            assertEquals("A", b.displayName());
        }
        assertWarnedOnceFor("Size");
    }

    @Test
    void anInt32IsAnIntegralNumberWithinItsRangeOrUnreadable() throws IOException {
        assertEquals(Integer.MAX_VALUE, bothWays("{\"Limit\":2147483647}").limit());
        assertEquals(7, bothWays("{\"Limit\":\"7\"}").limit());
        for (String raw : List.of("2147483648", "-2147483649", "1.5", "1e30", "12345678901234567890")) {
            Box b = bothWays("{\"Limit\":" + raw + "}");
            assertNull(b.limit(), raw + " is no Int32");
            assertEquals(json(raw), b.extraProperties().get("Limit"), raw);
        }
    }

    @Test
    void decimalsAndNumbersReadAsTextAgreeBetweenTheTwoReads() throws IOException {
        for (String raw : List.of("1e30", "0.1", "12345678901234567890", "-3", "1.0E-7")) {
            bothWays("{\"Amount\":" + raw + ",\"Ratio\":" + raw + ",\"DisplayName\":" + raw + "}");
        }
        assertEquals("1.0E30", bothWays("{\"DisplayName\":1e30}").displayName(), "a number as the tree renders it");
    }

    private static final List<String> SCALARS = List.of("\"x\"", "\"True\"", "\"false\"", "\" FALSE \"",
            "\"nope\"", "\"\"", "\"1.5\"", "\"1e30\"", "\"12\"", "\"6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11\"",
            "\"2024-03-01T10:15:00Z\"", "\"/Date(1578891540000)/\"", "\"99 GB (106,300,440,576 bytes)\"",
            "\"SharedMailbox\"", "\"RoomMailbox\"", "true", "false", "null", "0", "1", "-1", "2147483647",
            "2147483648", "9223372036854775807", "9223372036854775808", "12345678901234567890", "1.5", "-0.0",
            "2.0", "1e3", "1e30", "-1e30", "0.1", "1.0E-7", "9.3e18", "1578891540000");
    private static final List<String> NAMES = List.of("DisplayName", "PrimarySmtpAddress", "EmailAddresses", "Guid",
            "WhenCreated", "RecipientTypeDetails", "ItemCount", "Nested", "Enabled", "Limit", "Size", "Ratio",
            "Amount", "Flags", "enabled", "SIZE", "Other", "Size@odata.type");

    private static String randomValue(java.util.Random r, int depth) {
        int pick = r.nextInt(10);
        if (depth < 2 && pick == 0) {
            return randomRow(r, depth + 1);
        }
        if (depth < 2 && pick == 1) {
            List<String> items = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                items.add(randomValue(r, depth + 1));
            }
            return "[" + String.join(",", items) + "]";
        }
        return pick == 2 ? Long.toString(r.nextLong()) : pick == 3 ? Double.toString(r.nextGaussian() * 1e6)
                : SCALARS.get(r.nextInt(SCALARS.size()));
    }

    private static String randomRow(java.util.Random r, int depth) {
        List<String> names = new ArrayList<>(NAMES);
        java.util.Collections.shuffle(names, r);
        List<String> fields = new ArrayList<>();
        for (String name : names.subList(0, r.nextInt(names.size()))) {
            fields.add("\"" + name + "\":" + randomValue(r, depth));
        }
        return "{" + String.join(",", fields) + "}";
    }

    /** Random rows (every Edm decoder, odd values, nesting): the streaming read equals the tree read. */
    @Test
    void theStreamingReadEqualsTheTreeReadOnRandomRows() throws IOException {
        java.util.Random r = new java.util.Random(20240301);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            rows.add(randomRow(r, 0));
        }
        List<Box> fromParser = streamed("[" + String.join(",", rows) + "]");
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(Box.MODEL_TYPE.read(json(rows.get(i))), fromParser.get(i), rows.get(i));
        }
    }

    @Test
    void closestPropertyPrefersANameContainingTheText() {
        assertEquals("PrimarySmtpAddress", Box.MODEL_TYPE.closestProperty("smtp").orElseThrow());
        assertEquals("DisplayName", Box.MODEL_TYPE.closestProperty("DisplayNam").orElseThrow());
        assertEquals("ItemCount", Box.MODEL_TYPE.closestProperty("ItemCont").orElseThrow());
    }

    @Test
    void getReadsByConstantAndRefusesAnotherModelsProperty() {
        Box b = Box.MODEL_TYPE.read(json("{\"DisplayName\":\"A\"}"));
        assertEquals("A", b.get(Box.DISPLAY_NAME));
        ModelProperty<Box, String> foreign = ModelProperty.of(0, "DisplayName", Decoders.STRING);
        assertThrows(IllegalArgumentException.class, () -> b.get(foreign));
    }

    @Test
    void propertyIndexesMustMatchTheirPosition() {
        ModelProperty<Box, String> a = ModelProperty.of(1, "A", Decoders.STRING);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelType.of("X", Box.class, v -> null, List.of(a)));
        assertTrue(e.getMessage().contains("index 1"), e.getMessage());
    }
}
