package dev.exobindings.runtime.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        for (String body : List.of("", " \n", "{}", "{\"value\":{\"Name\":\"single\"}}", "{\"value\":null}",
                "{\"value\":[],\"@odata.nextLink\":null}", "{\"value\":[{\"A\":1},null,3]}")) {
            Page<JsonNode> page = read(body);
            Page<JsonNode> tree = body.isBlank() ? new Page<>(List.of(), List.of(), List.of(), null, null, "rid", "be")
                    : PageParser.fromJson(JSON.readTree(body), "rid", "be");
            assertEquals(tree, page, body);
        }
        assertNull(read("{\"value\":[]}").nextLink());
    }

    /** A proxy's page, a bare value, or an object followed by more: reported, never an empty page. */
    @Test
    void aBodyThatIsNotOnePageObjectIsAnError() throws IOException {
        for (String body : List.of("[]", "null", "\"Error executing cmdlet\"", "500", "[\"error\"]",
                "{\"value\":[]}<html>502 Bad Gateway</html>", "{\"value\":[]} {\"value\":[]}")) {
            IOException e = assertThrows(IOException.class, () -> read(body), body);
            assertFalse(e instanceof ErrorAnswerException, body + ": " + e);
        }
        for (String body : List.of("\"oops\"", "[1]", "true")) {
            assertThrows(IOException.class, () -> PageParser.fromJson(JSON.readTree(body), "rid", "be"), body);
        }
        assertEquals(List.of(), PageParser.fromJson(JSON.readTree("null"), "rid", "be").rows(),
                "a $batch sub-response's \"body\":null is no body, as an empty HTTP body is");
    }

    /** Success is the absence of {@code error}: a 2xx that carries one is the service's failure. */
    @Test
    void aPageWithAnErrorObjectIsTheServicesError() throws IOException {
        String body = "{\"value\":[{\"Name\":\"a\"}],\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing "
                + "cmdlet\"}}";
        ErrorAnswerException streamed = assertThrows(ErrorAnswerException.class, () -> read(body));
        ErrorAnswerException tree = assertThrows(ErrorAnswerException.class,
                () -> PageParser.fromJson(JSON.readTree(body), "rid", "be"));
        assertEquals("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing cmdlet\"}}", streamed.body());
        assertEquals(streamed.body(), tree.body());
        assertEquals(List.of("a"), read("{\"value\":[{\"Name\":\"a\"}],\"error\":null}").rows().stream()
                .map(r -> r.get("Name").asText()).toList(), "\"error\":null is no error");
    }

    /** A nextLink that is not a string is kept as its JSON text, so the link rules refuse it (not "no more pages"). */
    @Test
    void aNextLinkThatIsNotAStringIsKeptForTheLinkRulesToRefuse() throws IOException {
        for (String link : List.of("{\"u\":\"https://h/\"}", "[\"https://h/\"]")) {
            String body = "{\"value\":[],\"@odata.nextLink\":" + link + "}";
            assertEquals(link, read(body).nextLink());
            assertEquals(link, PageParser.fromJson(JSON.readTree(body), "rid", "be").nextLink());
        }
    }

    /**
     * Both readings agree on every page-like object: the same page, or both refuse it (a scalar {@code value});
     * a refusal is an {@link IOException}, never another exception.
     */
    @Test
    void randomPageShapesReadAsTheTreeReadingDoes() throws IOException {
        java.util.Random random = new java.util.Random(20261203L);
        int refused = 0;
        for (int i = 0; i < 3_000; i++) {
            String body = randomValue(random, 0, true);
            Page<JsonNode> streamed = null;
            Page<JsonNode> tree = null;
            try {
                streamed = read(body);
            } catch (IOException e) {
                refused++;
            }
            try {
                tree = PageParser.fromJson(JSON.readTree(body), "rid", "be");
            } catch (IOException e) {
                assertNull(streamed, "only the tree reading refused " + body);
                continue;
            }
            assertEquals(tree, streamed, body);
        }
        assertTrue(refused > 0 && refused < 3_000, "both kinds of shapes were generated: " + refused + " refused");
    }

    @Test
    void aValueThatIsAScalarIsNotRows() throws IOException {
        for (String body : List.of("{\"value\":\"oops\"}", "{\"value\":5}", "{\"value\":true}")) {
            IOException e = assertThrows(IOException.class, () -> read(body), body);
            assertTrue(e.getMessage().contains("not its rows"), e.getMessage());
            assertThrows(IOException.class, () -> PageParser.fromJson(JSON.readTree(body), "rid", "be"), body);
        }
    }

    private static final String[] KEYS = {"value", "@odata.nextLink", "@adminapi.warnings", "@adminapi.errors",
        "@adminapi.confirmationmessage", "@odata.context", "Name", "value@odata.count", ""};

    /** A JSON value of page-like shape: objects with the page's keys (and others), any value under any of them. */
    private static String randomValue(java.util.Random r, int depth, boolean object) {
        int kind = object ? 0 : r.nextInt(depth > 3 ? 5 : 7);
        switch (kind) {
            case 0 -> {
                StringBuilder sb = new StringBuilder("{");
                for (int k = r.nextInt(4); k > 0; k--) {
                    sb.append(sb.length() > 1 ? "," : "").append('"').append(KEYS[r.nextInt(KEYS.length)]).append("\":")
                            .append(randomValue(r, depth + 1, false));
                }
                return sb.append('}').toString();
            }
            case 1 -> {
                return "null";
            }
            case 2 -> {
                return String.valueOf(r.nextInt(2_000) - 1_000) + (r.nextBoolean() ? ".5" : "");
            }
            case 3 -> {
                return r.nextBoolean() ? "true" : "\"t" + r.nextInt(9) + "\"";
            }
            case 4 -> {
                return "\"https://h/x?$skiptoken=" + r.nextInt(9) + "\"";
            }
            default -> {
                StringBuilder sb = new StringBuilder("[");
                for (int k = r.nextInt(4); k > 0; k--) {
                    sb.append(sb.length() > 1 ? "," : "").append(randomValue(r, depth + 1, r.nextBoolean()));
                }
                return sb.append(']').toString();
            }
        }
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
