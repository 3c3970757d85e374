package dev.exobindings.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.DynamicCmdletRequest;
import dev.exobindings.runtime.value.Credential;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.Secret;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random parameter maps → request body → decoded back: the same values, in the same order. */
class BodyRoundTripPropertyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void everyParameterMapSurvivesTheBodyRoundTrip(@ForAll("parameterMaps") Map<String, Object> parameters) throws Exception {
        DynamicCmdletRequest request = CmdletRequest.of("Set-Thing");
        parameters.forEach(request::param);
        byte[] wire = RequestBodies.envelope(request.cmdletName(), request.parameters(), java.util.Map.of(), clear -> new String(clear, StandardCharsets.UTF_8)).toString().getBytes(StandardCharsets.UTF_8);
        JsonNode decoded = JSON.readTree(wire).path("CmdletInput");
        assertEquals("Set-Thing", decoded.path("CmdletName").asText());
        JsonNode body = decoded.path("Parameters");
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        assertEquals(new ArrayList<>(parameters.keySet()), names, "names and order");
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            assertEquals(e.getValue(), decode(e.getValue(), body.get(e.getKey())), e.getKey());
        }
    }

    @Property(tries = 300)
    void aCredentialIsTheJsonOfItsUserNameAndPassword(@ForAll("text") String user, @ForAll("text") String password)
            throws Exception {
        char[] json = CredentialJson.write(user, password.toCharArray());
        JsonNode node = JSON.readTree(new String(json));
        assertEquals(user, node.path("UserName").asText());
        assertEquals(password, node.path("Password").asText());
        assertEquals(2, node.size());
        DynamicCmdletRequest request = CmdletRequest.of("New-Thing").param("Cred", Credential.of(user, Secret.of(password)));
        String sent = RequestBodies.envelope(request.cmdletName(), request.parameters(), java.util.Map.of(), clear -> new String(clear, StandardCharsets.UTF_8)).at("/CmdletInput/Parameters/Cred").asText();
        assertEquals(node, JSON.readTree(sent), "the encoder encrypts exactly that JSON");
    }

    /** The Java value the JSON stands for, in the type of {@code original}. */
    private static Object decode(Object original, JsonNode node) {
        if (original instanceof String) {
            return node.textValue();
        }
        if (original instanceof Boolean) {
            return node.booleanValue();
        }
        if (original instanceof Integer) {
            return node.intValue();
        }
        if (original instanceof Long) {
            return node.longValue();
        }
        if (original instanceof UUID) {
            return UUID.fromString(node.textValue());
        }
        if (original instanceof Instant) {
            return LocalDateTime.parse(node.textValue()).toInstant(ZoneOffset.UTC);
        }
        if (original instanceof Secret) {
            return Secret.of(node.textValue());
        }
        if (original instanceof List<?>) {
            List<Object> items = new ArrayList<>();
            node.forEach(n -> items.add(n.textValue()));
            return items;
        }
        if (original instanceof MultiValue<?>) {
            assertEquals("#Exchange.GenericHashTable", node.path("@odata.type").asText());
            MultiValue<String> change = MultiValue.add(texts(node.path("Add")).toArray(new String[0]));
            return change.andRemove(texts(node.path("Remove")).toArray(new String[0]));
        }
        if (original instanceof Map<?, ?>) {
            assertEquals("#Exchange.GenericHashTable", node.path("@odata.type").asText());
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> {
                if (!f.getKey().equals("@odata.type")) {
                    map.put(f.getKey(), f.getValue().textValue());
                }
            });
            return map;
        }
        throw new AssertionError("no decoder for " + original.getClass());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.textValue()));
        return out;
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(40)
                .filter(s -> s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
    }

    @Provide
    Arbitrary<Map<String, Object>> parameterMaps() {
        Arbitrary<String> names = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z')
                .ofMinLength(1).ofMaxLength(12).map(s -> "P" + s);
        return Arbitraries.maps(names, values()).ofMaxSize(8).map(LinkedHashMap::new);
    }

    private Arbitrary<Object> values() {
        Arbitrary<String> text = text();
        Arbitrary<Object> multi = Combinators.combine(text.list().ofMaxSize(3), text.list().ofMaxSize(3))
                .as((add, remove) -> MultiValue.add(add.toArray(new String[0])).andRemove(remove.toArray(new String[0])));
        return Arbitraries.oneOf(
                text.map(Object.class::cast),
                Arbitraries.integers().map(Object.class::cast),
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.create(UUID::randomUUID).map(Object.class::cast),
                Arbitraries.longs().between(0, 4_000_000_000L)
                        .map(s -> (Object) Instant.ofEpochSecond(s).truncatedTo(ChronoUnit.SECONDS)),
                text.list().ofMaxSize(4).map(Object.class::cast),
                text.map(s -> (Object) Secret.of(s)),
                multi.filter(m -> !((MultiValue<?>) m).added().isEmpty() || !((MultiValue<?>) m).removed().isEmpty()),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), text).ofMaxSize(3)
                        .map(m -> (Object) new LinkedHashMap<String, Object>(m)));
    }
}
