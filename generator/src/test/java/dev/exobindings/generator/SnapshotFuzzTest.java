package dev.exobindings.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotException;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Snapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot file is user input to {@code generate}: a snapshot's JSON with values replaced at random (odd names
 * and types, numbers, nulls, lists, lone surrogates, bidi controls) is either refused by the reader or the generator
 * with their own exception, before any source is written, or generated; never another exception. Seeded.
 */
class SnapshotFuzzTest {
    private static final long SEED = Long.getLong("snapshot.fuzz.seed", 20261203L);
    private static final String[] REPLACEMENTS = {"\"\"", "\"Get-X\"", "\"get-mailbox\"", "\"A B\"", "\"1abc\"",
        "\"class\"", "\"Get-Mailbox\"", "\"__AllParameterSets\"", "\"String[]\"", "\"System.Int32\"", "\"Unlimited`1\"",
        "\"\\ud800\"", "\"\\u202e\"", "\"*/\"", "\"x\\ny\"", "null", "0", "-1", "[]", "{}", "true", "[\"a\",\"a\"]"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aSnapshotWithValuesReplacedAtRandomIsRefusedWithAMessageOrGenerated() throws IOException {
        // a slice of the bundled snapshot: real shapes (sets, positions, enums, traits), small enough to generate often
        Snapshot bundled = BundledSnapshots.exchangeOnline();
        Header h = bundled.header();
        String json = SnapshotWriter.toJson(new Snapshot(new Header(h.formatVersion(), h.name(), h.product(),
                h.captureDate(), h.sources(), Map.of()), Stream.of("Get-Mailbox", "Set-Mailbox",
                "Add-MailboxPermission", "New-AddressList", "Get-MoveRequest", "Search-UnifiedAuditLog")
                .map(name -> bundled.cmdlet(name).orElseThrow()).toList()));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int generated = 0;
        for (int i = 0; i < 300; i++) {
            JsonNode tree = JSON.readTree(json);
            List<Consumer<JsonNode>> places = new ArrayList<>();
            valuePlaces(tree, places);
            for (int e = 1 + random.nextInt(3); e > 0; e--) {
                places.get(random.nextInt(places.size())).accept(
                        JSON.readTree(REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]));
            }
            Path out = dir.resolve("out" + i);
            try {
                Snapshot snapshot = SnapshotReader.read("fuzz.json",
                        new ByteArrayInputStream(JSON.writeValueAsBytes(tree)));
                CodeGenerator.builder().snapshot(snapshot).targetPackage("com.example.fuzz").outputDirectory(out)
                        .build().generate();
                generated++;
            } catch (SnapshotException | GeneratorException e) {
                if (Files.exists(out)) {
                    try (Stream<Path> files = Files.walk(out)) {
                        if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
                            failures.add("refused but wrote sources: " + e.getMessage());
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e.toString());
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " failures");
        assertTrue(generated > 0 && generated < 300, "both outcomes are reached: " + generated + " of 300 generated");
    }

    /** A setter for every value that is not an object or array (member values and array items), in document order. */
    private static void valuePlaces(JsonNode node, List<Consumer<JsonNode>> places) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                if (member.getValue().isContainerNode()) {
                    valuePlaces(member.getValue(), places);
                } else {
                    String key = member.getKey();
                    places.add(v -> object.set(key, v));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isContainerNode()) {
                    valuePlaces(array.get(i), places);
                } else {
                    int index = i;
                    places.add(v -> array.set(index, v));
                }
            }
        }
    }
}
