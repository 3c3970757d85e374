package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.SharedInputs;
import dev.exobindings.metadata.model.SourceKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Exchange Online docs example line that calls its page's own cmdlet with literal arguments only is
 * translated; every translation is compiled, in one in-process compilation, against the bindings generated from
 * the bundled snapshot; each compiled request's {@code toJson()} must equal the body the translator computed from
 * the PowerShell arguments. Every line that fails is listed, with its reason, in
 * {@code corpus/exchange-online-examples.tsv}: a new failure fails the test, and so does a listed line that now
 * passes (remove it). Rewrite the file with {@code -Dcorpus.update=true} and review the diff.
 */
class DocsExamplesCorpusTest {
    private static final String PACKAGE = "com.example.exo";
    private static final String EXPECTATIONS = "src/test/resources/corpus/exchange-online-examples.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One corpus line and what became of it. */
    record Line(String cmdlet, String source, Translation translation) {
        String key() {
            return cmdlet + "\t" + source;
        }
    }

    @TempDir
    static Path dir;
    /** Computed once by the first test; each test first requires the docs (skipped, with the reason, without). */
    private static boolean done;
    private static final List<Line> lines = new ArrayList<>();
    private static final Map<String, CorpusReason> failures = new TreeMap<>();
    private static final Map<String, String> details = new TreeMap<>();
    private static int compiled;

    private static synchronized void run() throws Exception {
        Path docs = SharedInputs.docsFolder();
        if (done) {
            return;
        }
        Translator translator = Translator.forSnapshot(BundledSnapshots.exchangeOnline(), PACKAGE);
        Set<String> seen = new java.util.HashSet<>();
        for (DocsPages.Page page : DocsPages.exchangeOnlinePages(docs)) {
            for (String source : page.examples()) {
                // the first statement: a few examples go on with "; Other-Cmdlet …"
                Translation t = translator.translateScript(source).get(0);
                if (!t.ok() && t.problem().kind() == Problem.Kind.NOT_LITERAL || !seen.add(page.cmdlet() + "\t"
                        + source)) {
                    continue;
                }
                Line line = new Line(page.cmdlet(), source, t);
                lines.add(line);
                if (!t.ok()) {
                    boolean inCatalog = BundledSnapshots.exchangeOnline().cmdlet(page.cmdlet())
                            .map(c -> c.sources().contains(SourceKind.CATALOG)).orElse(false);
                    fail(line, CorpusReason.of(t.problem(), page.parameters(), inCatalog), t.problem().toString());
                }
            }
        }
        List<Line> translated = lines.stream().filter(l -> l.translation().ok()).toList();
        compiled = compile(translated);
        done = true;
    }

    private static void fail(Line line, CorpusReason reason, String detail) {
        failures.put(line.key(), reason);
        details.put(line.key(), detail.replace('\t', ' ').replace('\n', ' '));
    }

    /** Compiles every translated line; one that does not compile, or renders another body, is a failure. */
    private static int compile(List<Line> translated) throws Exception {
        TranslationHarness.Outcome outcome = TranslationHarness.run(BundledSnapshots.exchangeOnline(), PACKAGE,
                translated.stream().map(Line::translation).toList(), dir);
        outcome.compileErrors().forEach((index, error) -> fail(translated.get(index), CorpusReason.COMPILE_ERROR,
                error));
        for (Map.Entry<Integer, String> e : outcome.bodies().entrySet()) {
            Line line = translated.get(e.getKey());
            String actual = e.getValue();
            String expected = line.translation().body();
            if (!actual.startsWith("{") || !JSON.readTree(actual).equals(JSON.readTree(expected))) {
                fail(line, CorpusReason.BODY_MISMATCH, "Java sends " + actual + " but the line implies " + expected);
            }
        }
        return outcome.bodies().size();
    }

    @Test
    void everyFailingLineIsListedAndEveryListedLineStillFails() throws Exception {
        run();
        Path file = Path.of(EXPECTATIONS);
        if (Boolean.getBoolean("corpus.update")) {
            Files.writeString(file, expectationsText(), StandardCharsets.UTF_8);
        }
        Map<String, CorpusReason> expected = new TreeMap<>();
        for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\t", -1);
            expected.put(cells[1] + "\t" + cells[2], CorpusReason.valueOf(cells[0]));
        }
        List<String> problems = new ArrayList<>();
        failures.forEach((key, reason) -> {
            CorpusReason listed = expected.get(key);
            if (listed != reason) {
                problems.add((listed == null ? "NEW FAILURE " : "REASON CHANGED from " + listed + " ") + reason
                        + ": " + key.replace('\t', ' ') + "\n    " + details.get(key));
            }
        });
        expected.keySet().stream().filter(k -> !failures.containsKey(k)).forEach(k -> problems.add(
                "NOW PASSES (remove it from " + EXPECTATIONS + "): " + k.replace('\t', ' ')));
        assertTrue(problems.isEmpty(), problems.size() + " differences from the expectations file (rewrite it with "
                + "-Dcorpus.update=true and review the diff):\n" + String.join("\n", problems));
    }

    private static String expectationsText() {
        StringBuilder sb = new StringBuilder("# Docs example lines that do not translate, compile or render the "
                + "body they imply, with the reason class\n# (see CorpusReason) and, for the reader, the translator's "
                + "or javac's message when the file was written.\n# Written by DocsExamplesCorpusTest with "
                + "-Dcorpus.update=true; the test compares the reason and the line.\n");
        failures.forEach((key, reason) -> sb.append(reason).append('\t').append(key).append('\t')
                .append(details.get(key)).append('\n'));
        return sb.toString();
    }

    @Test
    void theReadmeStatesTheFigures() throws Exception {
        run();
        Map<CorpusReason, Integer> counts = new EnumMap<>(CorpusReason.class);
        failures.values().forEach(r -> counts.merge(r, 1, Integer::sum));
        long valid = lines.stream().filter(l -> failures.get(l.key()) == null
                || failures.get(l.key()).validForExchangeOnline()).count();
        long passing = lines.size() - failures.size();
        String sentence = String.format(java.util.Locale.ROOT, "Of %d Exchange Online docs example lines with "
                + "literal arguments, %d translate, compile and render the body the line implies; of the %d lines "
                + "valid for Exchange Online, %d do (%.1f %%).", lines.size(), passing, valid, passing,
                100.0 * passing / valid);
        System.out.println("[corpus] " + sentence + " Compiled: " + compiled + ". Failures by reason: " + counts);
        for (Path readme : List.of(Path.of("README.md"), Path.of("..", "README.md"))) {
            assertTrue(Files.readString(readme, StandardCharsets.UTF_8).contains(sentence),
                    readme + " (from generator/) must state the corpus figures as:\n" + sentence);
        }
        assertEquals(lines.size(), new TreeSet<>(lines.stream().map(Line::key).toList()).size());
    }
}
