package dev.exobindings.maven;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.GenerationReport;
import dev.exobindings.generator.GeneratorException;
import dev.exobindings.metadata.io.AtomicFiles;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * One {@code generate} execution: checks the configuration, skips when the {@link GenerationRecord} says nothing
 * changed, otherwise runs the {@link CodeGenerator} and records what it produced. Holds no state beyond one run,
 * so parallel executions (Maven {@code -T}) never share anything.
 */
final class GenerationRun {
    private final GenerateSettings settings;
    private final Log log;

    GenerationRun(GenerateSettings settings, Log log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs; returns {@code true} when sources were (re)generated, {@code false} when they were up to date. */
    boolean execute() throws MojoFailureException, MojoExecutionException {
        long start = System.nanoTime();
        CmdletGlobs.checkSyntax(settings.includes(), "includes");
        CmdletGlobs.checkSyntax(settings.excludes(), "excludes");
        Path outputDirectory = settings.outputDirectory();
        OutputDirectories.ensureWritable(outputDirectory);

        String fingerprint = settings.fingerprint();
        Path recordFile = GenerationRecord.location(outputDirectory, settings.executionId());
        checkNotShared(recordFile);
        if (isUpToDate(fingerprint, recordFile)) {
            log.info(RunSummary.upToDate(settings.executionId(), settings, (System.nanoTime() - start) / 1_000_000));
            // the run that generated these files warned; the configuration has not changed, so neither has the advice
            RunSummary.logWarnings(log, previousWarnings(recordFile));
            return false;
        }

        Snapshot snapshot = settings.snapshot().parse();
        CmdletGlobs.checkIncludesMatch(settings.includes(),
                snapshot.cmdlets().stream().map(Cmdlet::name).toList(), settings.snapshot().label());
        try {
            // No record while generating: an interrupted run must not look up to date next time.
            Files.deleteIfExists(recordFile);
        } catch (IOException e) {
            throw new MojoFailureException("Cannot replace " + recordFile + ": " + e.getMessage()
                    + ". Fix: check the permissions of <outputDirectory>.");
        }
        GenerationReport report = generate(snapshot);
        record(fingerprint, recordFile, report);
        log.info(RunSummary.line(settings.executionId(), settings, report));
        RunSummary.logNotes(log, settings.executionId(), report.notes(), notesFile(recordFile));
        RunSummary.logWarnings(log, report);
        return true;
    }

    /**
     * The generator keeps one manifest per output directory and deletes what the current run did not generate, so
     * two executions sharing a directory would delete each other's sources on every build.
     */
    private void checkNotShared(Path recordFile) throws MojoFailureException, MojoExecutionException {
        List<String> others;
        try {
            others = new ArrayList<>(GenerationRecord.otherExecutions(recordFile));
            // A command-line run records as default-cli only where the POM declares no generate execution (else it
            // takes over the declared one), so such a record beside this execution's is left over from before: its
            // files are this execution's now, and it must not claim them, nor fail the build.
            if (others.remove(CommandLineExecution.COMMAND_LINE_ID)) {
                Path stale = GenerationRecord.location(settings.outputDirectory(), CommandLineExecution.COMMAND_LINE_ID);
                Files.deleteIfExists(stale);
                Files.deleteIfExists(notesFile(stale));
                Files.deleteIfExists(warningsFile(stale));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot list " + recordFile.getParent() + ": " + e.getMessage(), e);
        }
        if (!others.isEmpty()) {
            throw new MojoFailureException("The output directory " + settings.outputDirectory() + " is also used by "
                    + "execution(s) " + others + " (see " + recordFile.getParent() + "). Fix: give execution '"
                    + settings.executionId() + "' its own <outputDirectory>; if those executions no longer exist, "
                    + "run mvn clean or delete their .fingerprint files.");
        }
    }

    private boolean isUpToDate(String fingerprint, Path recordFile) throws MojoExecutionException {
        Optional<GenerationRecord> previous = GenerationRecord.read(recordFile);
        if (previous.isEmpty() || !previous.get().fingerprint().equals(fingerprint)) {
            return false;
        }
        try {
            Map<String, String> onDisk = GenerationRecord.scan(settings.outputDirectory(), settings.packageDirectory());
            boolean intact = onDisk.equals(previous.get().files());
            if (!intact) {
                log.info("exo-bindings [" + settings.executionId() + "]: generated files were changed or removed "
                        + "since the last run; regenerating");
            }
            return intact;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the generated sources under " + settings.packageDirectory()
                    + ": " + e.getMessage(), e);
        }
    }

    private GenerationReport generate(Snapshot snapshot) throws MojoFailureException {
        CodeGenerator.Builder generator = CodeGenerator.builder()
                .snapshot(snapshot)
                .targetPackage(settings.packageName())
                .includes(settings.includes())
                .excludes(settings.excludes())
                .outputDirectory(settings.outputDirectory());
        if (settings.csdl() != null) {
            generator.csdl(settings.csdl().file());
        }
        try {
            return generator.build().generate();
        } catch (GeneratorException e) {
            String from = settings.snapshot().label()
                    + (settings.csdl() == null ? "" : " and the CSDL " + settings.csdl().file());
            throw new MojoFailureException("exo-bindings could not generate from " + from + ": " + e.getMessage());
        }
    }

    private void record(String fingerprint, Path recordFile, GenerationReport report) throws MojoExecutionException {
        try {
            Map<String, String> files = GenerationRecord.scan(settings.outputDirectory(), settings.packageDirectory());
            writeLines(notesFile(recordFile), report.notes());
            writeLines(warningsFile(recordFile), RunSummary.warnings(report));
            new GenerationRecord(fingerprint, files).write(recordFile, settings.executionId());
        } catch (IOException e) {
            throw new MojoExecutionException("Generated sources, but cannot write the generation record "
                    + recordFile + ": " + e.getMessage() + " (the next build will regenerate)", e);
        }
    }

    private static void writeLines(Path file, List<String> lines) throws IOException {
        if (lines.isEmpty()) {
            Files.deleteIfExists(file);
        } else {
            AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
        }
    }

    /** The warnings of the run that generated the files on disk (one per line), or none. */
    private static List<String> previousWarnings(Path recordFile) {
        try {
            Path file = warningsFile(recordFile);
            return Files.exists(file) ? Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return List.of(); // only advice: a lost file costs a repeated warning, not the build
        }
    }

    private static Path warningsFile(Path recordFile) {
        return recordFile.resolveSibling(recordFile.getFileName().toString().replace(".fingerprint", ".warnings.txt"));
    }

    private static Path notesFile(Path recordFile) {
        String name = recordFile.getFileName().toString().replace(".fingerprint", ".notes.txt");
        return recordFile.resolveSibling(name);
    }
}
