package dev.exobindings.runtime.paging;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.ExchangeException;
import dev.exobindings.runtime.failure.ErrorBodyParser;
import dev.exobindings.runtime.failure.ExceptionFactory;
import dev.exobindings.runtime.failure.ServiceText;
import dev.exobindings.runtime.http.WireResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the success body of protocol reference §(d) into a {@link Page}. The body is read with the streaming parser:
 * each row of {@code value} is handed to the {@link RowReader} as it comes (no tree of the whole page), and the
 * page's annotations ({@code @odata.nextLink}, warnings, errors, confirmation message) are found wherever they stand
 * in the page object, before or after {@code value}. A page is one JSON object without an {@code error} member;
 * anything else is reported, never read as an empty page.
 */
public final class PageParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private PageParser() {
    }

    /**
     * Parses a 2xx InvokeCommand response. An empty body is an empty page (cmdlets without output).
     *
     * @throws ExchangeException the service's own error when the 2xx carries an OData {@code error} object (success
     *                           is the absence of {@code error}); code {@code UnreadableResponse}, with the
     *                           response's status, when the body is not one JSON object: the service answered, so
     *                           this is neither a lost connection nor worth repeating
     */
    public static <R> Page<R> parse(WireResponse response, RowReader<R> reader, String cmdlet, String clientRequestId) {
        try {
            return read(response.body(), reader, response.header("request-id"),
                    response.header("X-CalculatedBETarget"));
        } catch (ErrorAnswerException e) {
            throw ExceptionFactory.create(ErrorBodyParser.parse(response.status(), e.body(),
                    response.header("X-ExceptionType"), response.header("request-id"), cmdlet, clientRequestId), null);
        } catch (IOException e) {
            throw new ExchangeException(new ErrorInfo(response.status(), "UnreadableResponse", null,
                    "the answer (HTTP " + response.status() + ", " + response.body().length + " bytes) from "
                            + response.uri() + " could not be read: " + reason(e), null, null, null, cmdlet,
                    clientRequestId, response.header("request-id")), e);
        }
    }

    /** Jackson's message without its source excerpt, and where in the body it stopped. */
    private static String reason(IOException e) {
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            return json.getOriginalMessage() + (at == null ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")");
        }
        return e.getMessage();
    }

    /**
     * Reads a page body; an empty body is an empty page.
     *
     * @throws ErrorAnswerException when the page object carries an OData {@code error}
     * @throws IOException          when the body is not JSON, not an object, or has more after the object
     */
    public static <R> Page<R> read(byte[] body, RowReader<R> reader, String serverRequestId, String backendServer)
            throws IOException {
        List<R> rows = new ArrayList<>();
        List<String> warnings = List.of();
        List<String> errors = List.of();
        String next = null;
        String confirm = null;
        JsonNode error = null;
        IOException notRows = null;
        if (body.length > 0) {
            try (JsonParser p = FACTORY.createParser(body)) {
                JsonToken first = p.nextToken();
                if (first != null && first != JsonToken.START_OBJECT) {
                    throw notAnObject(first.asString() == null ? first.name() : first.asString());
                }
                while (first != null && p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken token = p.nextToken();
                    switch (name) {
                        case "value" -> {
                            rows.clear(); // a repeated key: the last one counts, as in a tree
                            notRows = readRows(p, token, reader, rows);
                        }
                        case "@odata.nextLink" -> next = link(p, token);
                        case "@adminapi.confirmationmessage" -> confirm = text(p, token);
                        case "@adminapi.warnings" -> warnings = strings(JSON.readTree(p));
                        case "@adminapi.errors" -> errors = strings(JSON.readTree(p));
                        case "error" -> error = JSON.readTree(p);
                        default -> p.skipChildren();
                    }
                }
                if (first != null && p.nextToken() != null) {
                    // "{…}<html>…" from a proxy that appended its own page: whatever the object said is not the answer
                    throw new IOException("there is more after the page's JSON object (line "
                            + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr() + ")");
                }
            }
        }
        throwIfError(error);
        if (notRows != null) {
            throw notRows;
        }
        return new Page<>(rows, warnings, errors, confirm, next, serverRequestId, backendServer);
    }

    /**
     * A value other than an object where the page object goes ({@code null}, a string, an array): no InvokeCommand
     * success has that shape, so it is a proxy's or a broken server's answer, not an empty page.
     */
    private static IOException notAnObject(String found) {
        return new IOException("the answer is " + found + ", not the page's JSON object {\"value\":[…]}");
    }

    /**
     * The {@code UnreadableResponse} for the first of {@code rows} that is not a JSON object (rows already parsed: a
     * prefetched page, a {@code $batch} item), or null when every row is one; for rows read into models.
     */
    public static ExchangeException nonObjectRow(List<JsonNode> rows, String cmdlet, String clientRequestId,
                                                 String serverRequestId) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isObject()) {
                return new ExchangeException(new ErrorInfo(-1, "UnreadableResponse", null, "the answer could not be "
                        + "read: " + notAnObjectRow(rows.get(i).toString(), i).getMessage(), null, null, null, cmdlet,
                        clientRequestId, serverRequestId));
            }
        }
        return null;
    }

    /** Row {@code index} of {@code value} is not an object, and the rows are read into a model. */
    public static IOException notAnObjectRow(String found, int index) {
        return new IOException("row " + index + " of the page's 'value' is " + ServiceText.of(found, 40)
                + ", not an object: a model cannot be read from it");
    }

    /** A {@code value} that is a string, number or boolean: no rows are written that way (null is none). */
    private static IOException notRows(String found) {
        return new IOException("the page's 'value' is " + ServiceText.of(found, 40)
                + ", not its rows (an array of objects)");
    }

    /** Success is the absence of {@code error} (protocol reference §(d)); {@code "error":null} is absent. */
    private static void throwIfError(JsonNode error) throws ErrorAnswerException {
        if (error != null && !error.isNull()) {
            ObjectNode wrapped = JSON.createObjectNode();
            wrapped.set("error", error);
            throw new ErrorAnswerException(wrapped.toString());
        }
    }

    /** Reads the rows of {@code value} into {@code rows}; returns the refusal of a scalar {@code value}, or null. */
    private static <R> IOException readRows(JsonParser p, JsonToken token, RowReader<R> reader, List<R> rows)
            throws IOException {
        if (token == JsonToken.START_ARRAY) {
            JsonToken row;
            while ((row = p.nextToken()) != JsonToken.END_ARRAY) {
                if (row != JsonToken.START_OBJECT && reader.needsObjectRows()) {
                    throw notAnObjectRow(row.isScalarValue() ? p.getText() : row.asString() == null ? row.name()
                            : row.asString(), rows.size());
                }
                rows.add(reader.read(p));
            }
        } else if (token == JsonToken.START_OBJECT) {
            rows.add(reader.read(p)); // a single row not wrapped in an array
        } else if (token != JsonToken.VALUE_NULL) {
            return notRows(p.getText());
        }
        return null;
    }

    /**
     * The nextLink's text; JSON null → null. An object or array is kept as its JSON text, so the link rules refuse
     * it by name instead of reading it as "no more pages".
     */
    private static String link(JsonParser p, JsonToken token) throws IOException {
        return token.isScalarValue() ? text(p, token) : JSON.<JsonNode>readTree(p).toString();
    }

    /** A string annotation's text; JSON null → null. */
    private static String text(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        return token.isScalarValue() ? p.getText() : JSON.<JsonNode>readTree(p).asText();
    }

    /**
     * Reads a page from a parsed body ({@code $batch} sub-responses arrive inside the batch's tree). A missing or
     * JSON-null body is an empty page, as an empty HTTP body is.
     *
     * @throws ErrorAnswerException when the page object carries an OData {@code error}
     * @throws IOException          when the body is neither an object nor absent
     */
    public static Page<JsonNode> fromJson(JsonNode body, String serverRequestId, String backendServer)
            throws IOException {
        if (body == null || body.isMissingNode() || body.isNull()) {
            return new Page<>(List.of(), List.of(), List.of(), null, null, serverRequestId, backendServer);
        }
        if (!body.isObject()) {
            throw notAnObject(body.isTextual() ? "a JSON string" : body.isArray() ? "a JSON array" : body.toString());
        }
        throwIfError(body.get("error"));
        List<JsonNode> rows = new ArrayList<>();
        JsonNode value = body.path("value");
        if (value.isArray()) {
            value.forEach(rows::add);
        } else if (value.isObject()) {
            rows.add(value);
        } else if (!value.isMissingNode() && !value.isNull()) {
            throw notRows(value.asText());
        }
        JsonNode link = body.get("@odata.nextLink");
        String next = link == null || link.isNull() ? null : link.isValueNode() ? link.asText() : link.toString();
        String confirm = body.hasNonNull("@adminapi.confirmationmessage")
                ? body.get("@adminapi.confirmationmessage").asText() : null;
        return new Page<>(rows, strings(body.get("@adminapi.warnings")), strings(body.get("@adminapi.errors")),
                confirm, next, serverRequestId, backendServer);
    }

    private static List<String> strings(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        } else {
            out.add(node.isTextual() ? node.asText() : node.toString());
        }
        return List.copyOf(out);
    }
}
