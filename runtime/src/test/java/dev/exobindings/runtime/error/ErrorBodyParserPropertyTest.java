package dev.exobindings.runtime.error;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.failure.ErrorBodyParser;
import dev.exobindings.runtime.failure.ExceptionFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random error bodies (any text, broken JSON, OData error objects with random and wrongly-typed fields, pipe and
 * JSON detail messages) never make the parser or the exception factory throw: the outcome is always a typed
 * {@link ExchangeException} carrying the status and a message.
 */
class ErrorBodyParserPropertyTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Property(tries = 1000)
    void anyBodyBecomesATypedException(@ForAll("statuses") int status, @ForAll("bodies") String body,
                                       @ForAll("headers") String exceptionType) {
        ErrorInfo info = ErrorBodyParser.parse(status, body, exceptionType, "srv", "Get-Thing", "req");
        ExchangeException e = ExceptionFactory.create(info, null);
        assertNotNull(e);
        assertEquals(status, e.httpStatus());
        assertNotNull(e.serviceMessage());
        assertFalse(e.serviceMessage().isBlank());
        assertNotNull(e.getMessage());
        assertEquals("Get-Thing", e.cmdlet());
        assertTrue(e.serviceMessage().chars().noneMatch(c -> c < 0x20 || c == 0x7f),
                "no line break or terminal escape from the answer reaches a log line: " + e.serviceMessage());
        assertTrue(e.serviceMessage().length() <= 4100, "bounded: " + e.serviceMessage().length());
    }

    @Example
    void aHugeMessageThatTriesToForgeALogLineIsCutAndEscaped() {
        ObjectNode body = F.objectNode();
        body.putObject("error").put("code", "BadRequest").put("message",
                "line1\n[main] INFO fake - all good\u001b[2J" + "A".repeat(200_000));
        ExchangeException e = ExceptionFactory.create(ErrorBodyParser.parse(400, body.toString(), null, "srv",
                "Get-Thing", "req"), null);
        assertTrue(e.serviceMessage().startsWith("line1\\n[main] INFO fake - all good\\u001b[2JAAA"),
                e.serviceMessage().substring(0, 60));
        assertTrue(e.serviceMessage().matches("(?s).*A… \\(19\\d{4} more characters\\)"),
                e.serviceMessage().substring(e.serviceMessage().length() - 40));
        assertFalse(e.getMessage().contains("\n"));
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.oneOf(Arbitraries.of(-1, 400, 401, 403, 404, 408, 429, 500, 502, 503, 504),
                Arbitraries.integers().between(-1, 999));
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("Microsoft.Exchange.Data.Directory.ADTransientException", " ", "|||"));
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> odata = Combinators.combine(anyJsonValue(), anyJsonValue(), detailMessage(), anyJsonValue())
                .as((code, message, detail, inner) -> {
                    ObjectNode root = F.objectNode();
                    ObjectNode error = root.putObject("error");
                    error.set("code", code);
                    error.set("message", message);
                    error.putArray("details").addObject().put("message", detail).set("target", code);
                    error.putObject("innererror").set("internalexception", inner);
                    return root.toString();
                });
        return Arbitraries.oneOf(text, odata, odata.map(s -> s.substring(0, s.length() / 2)),
                text.map(t -> "<html><title>" + t + "</title><body>" + t + "</body></html>"),
                text.map(t -> "{\"Message\":" + F.textNode(t) + ",\"ClassName\":" + F.textNode(t) + "}"),
                Arbitraries.of("", "{", "{}", "[]", "null", "{\"error\":null}", "{\"error\":[]}", "{\"error\":\"x\"}",
                        "{\"error\":{\"details\":\"x\"}}", "{\"error\":{\"details\":[null]}}",
                        "{\"error\":{\"innererror\":{\"internalexception\":{\"message\":5}}}}"));
    }

    private Arbitrary<String> detailMessage() {
        Arbitrary<String> part = Arbitraries.strings().all().ofMaxLength(20);
        return Arbitraries.oneOf(part,
                Combinators.combine(part, part, part).as((a, b, c) -> a + "|" + b + "|" + c),
                part.map(p -> "{\"ClassName\":\"" + p + "\",\"Message\":\"" + p + "\"}"),
                part.map(p -> "{\"TypeName\":" + F.textNode(p) + ",\"Message\":" + F.textNode(p) + "}"),
                part.map(p -> "{\"ClassName\":" + p));
    }

    private Arbitrary<com.fasterxml.jackson.databind.JsonNode> anyJsonValue() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20).map(F::textNode),
                Arbitraries.integers().map(F::numberNode), Arbitraries.just(F.nullNode()),
                Arbitraries.just(F.objectNode()), Arbitraries.just(F.arrayNode().add(1)),
                Arbitraries.strings().ofMaxLength(10).map(s -> F.objectNode().put("message", s).put("type", s)));
    }
}
