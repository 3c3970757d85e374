package dev.exobindings.bench.peer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.metadata.BundledSnapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Size and speed of our generated bindings against openapi-generator's Java client for the same snapshot, measured
 * side by side in one run (a harness, not a test): cold generation as a whole process each, generated source bytes
 * (main sources only: the peer's docs and tests are switched off), javac as a whole process each with the same
 * flags, and bytecode bytes. Each process runs {@code runs} times, ours and the peer's alternating; the table
 * shows the best (least disturbed) time of each side and the median of the paired runs' ratios.
 * Two comparisons: the whole generated API (requests and the typed results from {@code $metadata} on both sides),
 * and requests only (no result types on either side).
 *
 * <p>Arguments: a work directory, the openapi-generator-cli jar, the number of runs. The classpath of this JVM
 * (ours and the peer's compile dependencies) is the classpath of both generators and both javac runs.
 */
public final class PeerComparison {
    private final Path work;
    private final Path peerJar;
    private final int runs;
    private final String classpath = System.getProperty("java.class.path");
    private final Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
    private final Path javacCommand = Path.of(System.getProperty("java.home"), "bin", "javac");
    /** Whether every timed run so far started after a {@code sync}: true until one could not. */
    private boolean flushed = true;

    private PeerComparison(Path work, Path peerJar, int runs) {
        this.work = work;
        this.peerJar = peerJar;
        this.runs = runs;
    }

    /** One side's timings, in run order. */
    record Measure(List<Long> allMillis) {
        long bestMillis() {
            return Collections.min(allMillis);
        }
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]).toAbsolutePath();
        Path peerJar = Path.of(args[1]).toAbsolutePath();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        deleteTree(work);
        Files.createDirectories(work);
        CodeGenerator generator = CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline())
                .targetPackage("com.example.exo").build();
        ServiceModel model = generator.model();
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "%d cmdlets, %d parameter sets; %d alternating runs each%n", model.cmdlets().size(),
                model.cmdlets().stream().mapToInt(c -> c.sets().size()).sum(), runs));
        PeerComparison comparison = new PeerComparison(work, peerJar, runs);
        report.append(comparison.compare("Requests and typed results", model, generator.resultModels()));
        report.append(comparison.compare("Requests only (no result types on either side)", model,
                ResultModels.none("com.example.exo.model")));
        System.out.println(report);
        Files.writeString(work.resolve("comparison.md"), report.toString());
    }

    /** One side-by-side run: both generators from the same model (with or without result types), then javac. */
    private String compare(String title, ServiceModel model, ResultModels results) throws Exception {
        boolean typed = !results.models().isEmpty();
        String variant = typed ? "typed" : "requests";
        Path spec = work.resolve("exchange-online-" + variant + ".openapi.json");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(spec.toFile(),
                OpenApiDocument.of(model, results));

        Path ours = work.resolve(variant).resolve("ours");
        Path peer = work.resolve(variant).resolve("peer");
        List<String> generateOurs = new ArrayList<>(List.of(javaCommand.toString(), "-cp", classpath,
                GenerateBindings.class.getName(), ours.resolve("src").toString()));
        if (!typed) {
            generateOurs.add(GenerateBindings.REQUESTS_ONLY);
        }
        Pair generation = timePaired(() -> deleteTree(ours), generateOurs, () -> deleteTree(peer),
                generatePeer(spec, peer));

        List<Path> ourSources = javaFiles(ours.resolve("src"));
        List<Path> peerSources = javaFiles(peer.resolve("src/main/java"));
        Pair javac = timePaired(() -> deleteTree(ours.resolve("classes")), javac(ourSources, ours.resolve("classes")),
                () -> deleteTree(peer.resolve("classes")), javac(peerSources, peer.resolve("classes")));

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n### %s%n%n%d result models on our "
                + "side, %d typed cmdlets%n%n", title, results.models().size(), results.resultClass().size()));
        table.append("| measure | exo-bindings | openapi-generator (java, native) | ratio | target |\n");
        table.append("|---|---:|---:|---:|---|\n");
        row(table, "generated source files", ourSources.size(), peerSources.size(), "");
        row(table, "generated source bytes", bytes(ourSources), bytes(peerSources), "≤ 0.33");
        List<Path> ourClasses = classFiles(ours.resolve("classes"));
        List<Path> peerClasses = classFiles(peer.resolve("classes"));
        row(table, "class files", ourClasses.size(), peerClasses.size(), "");
        row(table, "bytecode bytes", bytes(ourClasses), bytes(peerClasses), "≤ 0.33");
        row(table, "javac, whole process (ms), best of each", javac.ours().bestMillis(),
                javac.peer().bestMillis(), "≤ 0.33");
        ratioRow(table, "javac, median of the paired runs' ratios", javac.medianRatio(), "≤ 0.33");
        row(table, "cold generation, whole process (ms), best of each", generation.ours().bestMillis(),
                generation.peer().bestMillis(), "≤ 0.33 (≥ 3× faster)");
        ratioRow(table, "cold generation, median of the paired runs' ratios", generation.medianRatio(),
                "≤ 0.33 (≥ 3× faster)");
        table.append(flushed ? "\nEvery timed run started after `sync` (no disk writes of the run before it pending).\n"
                : "\n`sync` was not available: timed runs may include the disk writes of the run before them.\n");
        table.append(String.format(Locale.ROOT, "%nall runs (ms), in order, ours and the peer's alternating: "
                + "generation ours %s, peer %s; javac ours %s, peer %s%n", generation.ours().allMillis(),
                generation.peer().allMillis(), javac.ours().allMillis(), javac.peer().allMillis()));
        return table.toString();
    }

    private static void row(StringBuilder table, String measure, long ours, long peer, String target) {
        table.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %.2f | %s |%n", measure, ours, peer,
                (double) ours / peer, target));
    }

    /** openapi-generator's Java client (native HTTP client), main sources only. */
    private List<String> generatePeer(Path spec, Path peer) {
        return List.of(javaCommand.toString(), "-jar", peerJar.toString(), "generate", "-g", "java", "--library",
                "native", "-i", spec.toString(), "-o", peer.toString(), "--skip-validate-spec", "--global-property",
                "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false",
                "--additional-properties", "hideGenerationTimestamp=true,openApiNullable=false,useJakartaEe=true",
                "--api-package", "com.example.peer.api", "--model-package", "com.example.peer.model",
                "--invoker-package", "com.example.peer");
    }

    private static void ratioRow(StringBuilder table, String measure, double ratio, String target) {
        table.append(String.format(Locale.ROOT, "| %s | | | %.2f | %s |%n", measure, ratio, target));
    }

    /** javac with the same flags for both sides; the source list goes in a file beside the classes. */
    private List<String> javac(List<Path> sources, Path classes) throws IOException {
        Path list = classes.getParent().resolve("sources.txt");
        Files.createDirectories(classes.getParent());
        Files.write(list, sources.stream().map(Path::toString).toList());
        return List.of(javacCommand.toString(), "-J-Xmx1500m", "--release", "17", "-proc:none", "-nowarn",
                "-encoding", "UTF-8", "-cp", classpath, "-d", classes.toString(), "@" + list);
    }

    interface Setup {
        void run() throws IOException;
    }

    /** Both sides' timings; run i of each was taken back to back. */
    record Pair(Measure ours, Measure peer) {
        double medianRatio() {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < ours.allMillis().size(); i++) {
                ratios.add((double) ours.allMillis().get(i) / peer.allMillis().get(i));
            }
            ratios.sort(null);
            int n = ratios.size();
            return n % 2 == 1 ? ratios.get(n / 2) : (ratios.get(n / 2 - 1) + ratios.get(n / 2)) / 2;
        }
    }

    /**
     * Runs our command and the peer's alternately, {@code runs} times each, so that a slow spell of the machine
     * (a shared virtual machine drifts by 30 % within the hour) falls on both sides rather than on one.
     */
    private Pair timePaired(Setup ourSetup, List<String> ours, Setup peerSetup, List<String> peer) throws Exception {
        List<Long> ourMillis = new ArrayList<>();
        List<Long> peerMillis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ourMillis.add(timeOnce(ourSetup, ours));
            peerMillis.add(timeOnce(peerSetup, peer));
        }
        return new Pair(new Measure(ourMillis), new Measure(peerMillis));
    }

    private long timeOnce(Setup setup, List<String> command) throws Exception {
        setup.run();
        flushDisks();
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("processes.log").toFile()));
        long start = System.nanoTime();
        int exit = pb.start().waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (exit != 0) {
            throw new IllegalStateException("exit " + exit + " from " + command.get(0) + " … (see "
                    + work.resolve("processes.log") + ")");
        }
        return millis;
    }

    /**
     * Writes every pending disk write (POSIX {@code sync}) before a timed run: the other side's output written just
     * before, and the files the setup just deleted, are otherwise flushed during this run and charged to it. Each
     * run's own writes stay in its time (they reach the page cache before the process exits). Where there is no
     * {@code sync} command the runs go on unflushed, and the report says so.
     */
    private void flushDisks() throws InterruptedException {
        if (!flushed) {
            return;
        }
        try {
            flushed = new ProcessBuilder("sync").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException noSyncCommand) {
            flushed = false;
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        return files(root, ".java");
    }

    private static List<Path> classFiles(Path root) throws IOException {
        return files(root, ".class");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static long bytes(List<Path> files) throws IOException {
        long sum = 0;
        for (Path f : files) {
            sum += Files.size(f);
        }
        return sum;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
