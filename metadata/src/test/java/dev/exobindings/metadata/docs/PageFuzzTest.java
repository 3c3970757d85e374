package dev.exobindings.metadata.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.MangledLines;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A docs folder is user input: a page cut, shuffled or edited by hand gives a parsed page or a
 * {@link DocsImportException} naming the file and line, never another exception. The pages here are a real-shaped
 * fixtures with their lines dropped, repeated, swapped and cut at random. Seeded, so a failure reproduces.
 */
class PageFuzzTest {
    private static final long SEED = Long.getLong("docs.fuzz.seed", 20261203L);

    @ParameterizedTest
    @ValueSource(strings = {"layout-current.md", "sets-forms.md", "types.md", "values-flags.md", "yaml-oddities.md"})
    void aMangledPageParsesOrFailsWithItsPlace(String fixture) throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/docs-fixtures/" + fixture)) {
            lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
        String file = lines.stream().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7).strip()
                + ".md";
        DocsImporter.parsePage(file, String.join("\n", lines)); // the page itself is valid
        Random random = new Random(SEED + fixture.hashCode());
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (int i = 0; i < 3_000; i++) {
            List<String> page = MangledLines.of(lines, random, 6, line -> line + List.of("```", "---", "### ", "-",
                    ":", "`", "[", "{", "<", "\uD800", "\t").get(random.nextInt(11)));
            String markdown = String.join("\n", page);
            try {
                DocsImporter.parsePage(file, markdown);
                parsed++;
            } catch (DocsImportException e) {
                if (!e.getMessage().startsWith(file + ":") || e.getMessage().contains("Exception")) {
                    failures.add(e.getMessage());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(e + "\n" + markdown);
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(3, failures.size())), failures.size() + " failures");
        assertTrue(parsed > 300 && parsed < 3_000, "both outcomes are reached, so the edits go past the header: "
                + parsed + " of 3000 parsed");
    }
}
