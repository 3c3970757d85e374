package dev.exobindings.bench;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.GenerationReport;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Generating bindings for the whole bundled Exchange Online snapshot.
 * Baseline: {@link #readSnapshot()} — parsing and validating the snapshot, which every run must do.
 * {@link #fullGeneration()} writes every file into an empty directory; {@link #upToDateRegeneration()} runs
 * again over an unchanged output and must write nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeneratorBenchmark {
    private Snapshot snapshot;
    private Path upToDateDir;
    private Path freshDir;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        snapshot = BundledSnapshots.exchangeOnline();
        upToDateDir = Files.createTempDirectory("exo-bench-uptodate");
        generator(upToDateDir).generate();
    }

    @Setup(Level.Invocation)
    public void freshDirectory() throws IOException {
        freshDir = Files.createTempDirectory("exo-bench-fresh");
    }

    @TearDown(Level.Invocation)
    public void deleteFreshDirectory() throws IOException {
        delete(freshDir);
    }

    @TearDown(Level.Trial)
    public void deleteUpToDateDirectory() throws IOException {
        delete(upToDateDir);
    }

    @Benchmark
    public Snapshot readSnapshot() throws IOException {
        // Parse and validate from the jar resource every time (BundledSnapshots caches its result).
        String resource = BundledSnapshots.resourcePath(BundledSnapshots.EXCHANGE_ONLINE);
        try (InputStream in = BundledSnapshots.class.getResourceAsStream(resource)) {
            return SnapshotReader.read(resource, in);
        }
    }

    @Benchmark
    public GenerationReport fullGeneration() {
        return generator(freshDir).generate();
    }

    @Benchmark
    public GenerationReport upToDateRegeneration() {
        GenerationReport report = generator(upToDateDir).generate();
        if (report.filesWritten() != 0) {
            throw new IllegalStateException("an unchanged regeneration wrote " + report.filesWritten() + " files");
        }
        return report;
    }

    private CodeGenerator generator(Path dir) {
        return CodeGenerator.builder().snapshot(snapshot).targetPackage("dev.exobindings.bench.full")
                .includes(List.of()).outputDirectory(dir).build();
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
