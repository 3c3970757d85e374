package dev.exobindings.runtime.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageParserTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Page<JsonNode> read(String body) throws IOException {
        return PageParser.read(body.getBytes(StandardCharsets.UTF_8), RowReader.TREES, "rid", "be");
    }

    @Test
    void annotationsAreFoundBeforeAndAfterTheRows() throws IOException {
        String rows = "\"value\":[{\"Name\":\"a\",\"Deep\":{\"value\":[1]}},{\"Name\":\"b\"}]";
        String annotations = "\"@odata.nextLink\":\"https://h/adminapi/beta/t/InvokeCommand?$skiptoken=2\","
                + "\"@adminapi.warnings\":[\"w1\",\"w2\"],\"@adminapi.errors\":\"e1\","
                + "\"@adminapi.confirmationmessage\":\"sure?\",\"@odata.context\":{\"ignored\":[true]}";
        for (String body : List.of("{" + rows + "," + annotations + "}", "{" + annotations + "," + rows + "}")) {
            Page<JsonNode> page = read(body);
            assertEquals(List.of("a", "b"), page.rows().stream().map(r -> r.get("Name").asText()).toList(), body);
            assertEquals("https://h/adminapi/beta/t/InvokeCommand?$skiptoken=2", page.nextLink(), body);
            assertEquals(List.of("w1", "w2"), page.warnings());
            assertEquals(List.of("e1"), page.errors());
            assertEquals("sure?", page.confirmationMessage());
            assertEquals("rid", page.serverRequestId());
            assertEquals(PageParser.fromJson(JSON.readTree(body), "rid", "be"), page,
                    "streaming gives the page the tree reading gives");
        }
    }

    @Test
    void oddShapesReadAsTheTreeReadingDoes() throws IOException {
        for (String body : List.of("", "[]", "{}", "{\"value\":{\"Name\":\"single\"}}", "{\"value\":null}",
                "{\"value\":[],\"@odata.nextLink\":null}", "{\"value\":[{\"A\":1},null,3]}")) {
            Page<JsonNode> page = read(body);
            Page<JsonNode> tree = body.isEmpty() ? new Page<>(List.of(), List.of(), List.of(), null, null, "rid", "be")
                    : PageParser.fromJson(JSON.readTree(body), "rid", "be");
            assertEquals(tree, page, body);
        }
        assertNull(read("{\"value\":[]}").nextLink());
    }

    @Test
    void rowsAreHandedToTheReaderOneByOne() throws IOException {
        List<String> seen = new ArrayList<>();
        RowReader<String> names = new RowReader<>() {
            @Override
            public String read(JsonParser parser) throws IOException {
                JsonNode row = JSON.readTree(parser);
                seen.add(row.get("Name").asText());
                return row.get("Name").asText().toUpperCase();
            }

            @Override
            public String fromTree(JsonNode row) {
                throw new AssertionError("a page body is not read into a tree");
            }
        };
        Page<String> page = PageParser.read("{\"value\":[{\"Name\":\"a\"},{\"Name\":\"b\"}],\"@odata.nextLink\":\"n\"}"
                .getBytes(StandardCharsets.UTF_8), names, null, null);
        assertEquals(List.of("A", "B"), page.rows());
        assertEquals(List.of("a", "b"), seen);
        assertEquals("n", page.nextLink());
    }

    @Test
    void aBodyThatIsNotJsonFails() {
        assertThrows(IOException.class, () -> read("{\"value\":[{\"Name\":\"a\"}"));
        assertThrows(IOException.class, () -> read("<html>"));
    }
}
