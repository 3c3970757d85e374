package dev.exobindings.generator;

import dev.exobindings.generator.emit.GeneratedFile;
import dev.exobindings.generator.emit.SourceEmitter;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.ServiceModelBuilder;
import dev.exobindings.generator.naming.JavaNames;
import dev.exobindings.generator.select.CmdletFilter;
import dev.exobindings.generator.write.SourceWriter;
import dev.exobindings.generator.write.WriteOutcome;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entry point: turns a snapshot into Java sources.
 * <pre>{@code
 * GenerationReport report = CodeGenerator.builder()
 *     .snapshot(snapshot).targetPackage("com.example.exo")
 *     .includes(List.of("Get-*")).outputDirectory(dir)
 *     .build().generate();
 * }</pre>
 */
public final class CodeGenerator {
    private final Snapshot snapshot;
    private final String targetPackage;
    private final List<String> includes;
    private final List<String> excludes;
    private final Path outputDirectory;

    private CodeGenerator(Builder b) {
        this.snapshot = Objects.requireNonNull(b.snapshot, "snapshot");
        this.targetPackage = Objects.requireNonNull(b.targetPackage, "targetPackage");
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.outputDirectory = Objects.requireNonNull(b.outputDirectory, "outputDirectory");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Generates, writing only changed files and deleting stale ones it generated before.
     *
     * @throws GeneratorException for bad input (invalid names, invalid globs, unwritable directory), with a
     *                            message that names the problem and the fix
     */
    public GenerationReport generate() {
        long start = System.nanoTime();
        if (!JavaNames.isPackageName(targetPackage)) {
            throw new GeneratorException("Invalid target package '" + targetPackage + "': use dot-separated Java "
                    + "identifiers that are not keywords, e.g. 'com.example.exo'.");
        }
        CmdletFilter filter = CmdletFilter.of(includes, excludes);
        Map<Integer, Cmdlet> selected = new LinkedHashMap<>();
        for (int i = 0; i < snapshot.cmdlets().size(); i++) {
            Cmdlet cmdlet = snapshot.cmdlets().get(i);
            if (cmdlet == null || cmdlet.name() == null) {
                throw new GeneratorException("Snapshot cmdlets[" + i + "] has no name; fix the snapshot.");
            }
            if (filter.accepts(cmdlet.name())) {
                selected.put(i, cmdlet);
            }
        }
        ServiceModel model = new ServiceModelBuilder().build(targetPackage, snapshot.header().name(), selected);
        List<GeneratedFile> files = new SourceEmitter().emit(model);
        WriteOutcome outcome = new SourceWriter(outputDirectory).write(files);
        // The model's remarks are about the snapshot's facts; only the writer's and the filter's need the user.
        List<String> warnings = new ArrayList<>(outcome.warnings());
        if (selected.isEmpty()) {
            warnings.add("No cmdlet matched the include/exclude globs; only the empty catalog was generated");
        }
        return new GenerationReport(model.cmdlets().size(), model.parameterCount(), outcome.written(),
                outcome.unchanged(), outcome.deleted(), model.unknownTypeFallbacks(), model.warnings(), warnings,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Configures a {@link CodeGenerator}. */
    public static final class Builder {
        private Snapshot snapshot;
        private String targetPackage;
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path outputDirectory;

        private Builder() {
        }

        public Builder snapshot(Snapshot snapshot) {
            this.snapshot = snapshot;
            return this;
        }

        public Builder targetPackage(String targetPackage) {
            this.targetPackage = targetPackage;
            return this;
        }

        /** Globs on cmdlet names ({@code Get-*}, {@code *-Mailbox*}); empty means every cmdlet. */
        public Builder includes(List<String> globs) {
            includes.addAll(globs);
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        public CodeGenerator build() {
            return new CodeGenerator(this);
        }
    }
}
