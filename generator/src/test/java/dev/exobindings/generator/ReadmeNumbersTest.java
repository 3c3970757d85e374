package dev.exobindings.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.generator.testing.BodyCases;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.MarkedNumbers;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's numbers in the READMEs are what generating the bundled snapshots really gives. */
class ReadmeNumbersTest {
    @TempDir
    Path dir;

    @Test
    void generatorAndPluginReadmes() throws IOException {
        Map<String, Long> numbers = new TreeMap<>();
        count(numbers, "exo", BundledSnapshots.exchangeOnline(), dir.resolve("exo"));
        count(numbers, "scc", BundledSnapshots.securityCompliance(), dir.resolve("scc"));
        List<BodyCases.BodyCase> cases = BodyCases.read("/bodies/exchange-online.txt");
        ObjectMapper json = new ObjectMapper();
        numbers.put("gen.bodies.cases", (long) cases.size());
        numbers.put("gen.bodies.cmdlets", cases.stream().map(c -> {
            try {
                return json.readTree(c.body()).path("CmdletInput").path("CmdletName").asText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).distinct().count());
        MarkedNumbers.assertMatches(Path.of("README.md"), "gen.", numbers);
        Map<String, Long> rootNumbers = new TreeMap<>(numbers);
        rootNumbers.keySet().clear();
        MarkedNumbers.assertMatches(Path.of("../README.md"), "gen.", rootNumbers);
    }

    private static void count(Map<String, Long> numbers, String key, Snapshot snapshot, Path out) throws IOException {
        GenerationReport report = CodeGenerator.builder().snapshot(snapshot).targetPackage("com.example." + key)
                .outputDirectory(out).build().generate();
        Path pkg = out.resolve("com/example/" + key);
        numbers.put("gen." + key + ".cmdlets", (long) report.cmdlets());
        numbers.put("gen." + key + ".parameters", (long) report.parameters());
        numbers.put("gen." + key + ".files", (long) report.filesWritten());
        numbers.put("gen." + key + ".enums", countJava(pkg.resolve("enums")));
        numbers.put("gen." + key + ".fallbacks", (long) report.unknownTypeFallbacks());
        numbers.put("gen." + key + ".notes", (long) report.notes().size());
        numbers.put("gen." + key + ".excluded", (long) report.excludedCmdlets().size());
        numbers.put("gen." + key + ".droppedSets", (long) report.droppedSets().size());
        long lines = 0;
        try (Stream<Path> files = Files.walk(pkg)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                lines += Files.readAllLines(file).size();
            }
        }
        numbers.put("gen." + key + ".kloc", Math.round(lines / 1000.0));
    }

    private static long countJava(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).count();
        }
    }
}
