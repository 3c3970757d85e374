package dev.exobindings.metadata.csdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.MangledLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code $metadata} comes from the service (a capture) or a user's file: a document cut, with lines dropped,
 * swapped or edited, is read or refused with a {@link CsdlException} naming the source, never another exception.
 * The document is the bundled one. Seeded.
 */
class CsdlFuzzTest {
    private static final long SEED = Long.getLong("csdl.fuzz.seed", 20261203L);

    @Test
    void aMangledDocumentIsReadOrRefusedWithItsSource() throws IOException {
        List<String> lines;
        try (InputStream in = CsdlReader.class.getResourceAsStream("exchange-online-metadata.xml")) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (int i = 0; i < 600; i++) {
            List<String> doc = MangledLines.of(lines, random, 4, line -> line.replace("Name=\"", List.of("Nme=\"",
                    "Name=\"\"", "Name=\"<", "Name=\"\uD800").get(random.nextInt(4))));
            byte[] bytes = String.join("\n", doc).getBytes(StandardCharsets.UTF_8);
            try {
                new CsdlReader().read("fuzz.xml", new ByteArrayInputStream(bytes));
                read++;
            } catch (CsdlException e) {
                if (!e.getMessage().contains("fuzz.xml")) {
                    failures.add(e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e.toString());
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " failures");
        assertTrue(read > 0 && read < 600, "both outcomes are reached: " + read + " of 600 read");
    }
}
