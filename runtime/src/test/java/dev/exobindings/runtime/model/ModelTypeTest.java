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
