package dev.exobindings.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.generator.testing.BodyCases;
import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.csdl.CsdlReader;
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
        Map<String, String> clientSide = ClientSideCmdlets.all();
        numbers.put("gen.clientSide.listed", (long) clientSide.size());
        numbers.put("gen.clientSide.getExo", clientSide.keySet().stream().filter(c -> c.startsWith("Get-EXO")).count());
        MarkedNumbers.assertMatches(Path.of("README.md"), "gen.", numbers);
        MarkedNumbers.assertMatches(Path.of("README.md"), "csdl.", Map.of("csdl.mailboxProperties", mailboxProperties()));
        MarkedNumbers.assertMatches(Path.of("../maven-plugin/README.md"), "gen.",
                Map.of("gen.exo.cmdlets", numbers.get("gen.exo.cmdlets"), "gen.exo.excluded", numbers.get("gen.exo.excluded")));
        MarkedNumbers.assertMatches(Path.of("../generated-sample/README.md"), "gen.",
                Map.of("gen.scc.cmdlets", numbers.get("gen.scc.cmdlets")));
        Map<String, Long> rootNumbers = new TreeMap<>(numbers);
        rootNumbers.keySet().clear();
        MarkedNumbers.assertMatches(Path.of("../README.md"), "gen.", rootNumbers);
        Map<String, Long> benchmarks = new TreeMap<>(numbers);
        benchmarks.keySet().retainAll(List.of("gen.exo.cmdlets", "gen.exo.files", "gen.exo.kloc"));
        MarkedNumbers.assertMatches(Path.of("../BENCHMARKS.md"), "gen.", benchmarks);
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
        if (key.equals("exo")) {
            // entries read "Cmdlet [Set]: reason"
            numbers.put("gen.exo.droppedSetCmdlets", report.droppedSets().stream()
                    .map(d -> d.substring(0, d.indexOf(" ["))).distinct().count());
            numbers.put("gen.exo.droppedSetsSetMailbox", report.droppedSets().stream()
                    .filter(d -> d.startsWith("Set-Mailbox [")).count());
        }
        long lines = 0;
        try (Stream<Path> files = Files.walk(pkg)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                lines += Files.readAllLines(file).size();
            }
        }
        numbers.put("gen." + key + ".kloc", Math.round(lines / 1000.0));
    }

    private static long mailboxProperties() throws IOException {
        try (java.io.InputStream in = BundledCsdl.openExchangeOnline()) {
            return new CsdlReader().read("bundled CSDL", in).types().stream().filter(t -> t.name().equals("Mailbox"))
                    .findFirst().orElseThrow().properties().size();
        }
    }

    private static long countJava(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".java")).count();
        }
    }
}
