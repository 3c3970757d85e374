package dev.exobindings.generator;

import dev.exobindings.generator.emit.GeneratedFile;
import dev.exobindings.generator.emit.SourceEmitter;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.ServiceModelBuilder;
import dev.exobindings.generator.naming.JavaNames;
import dev.exobindings.generator.select.CmdletFilter;
import dev.exobindings.generator.select.OtherSnapshotHint;
import dev.exobindings.generator.typed.ParameterEnumSupplement;
import dev.exobindings.generator.typed.ResultMapping;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.generator.typed.ResultTypes;
import dev.exobindings.generator.typed.ResultTypesReport;
import dev.exobindings.generator.write.SourceWriter;
import dev.exobindings.generator.write.WriteOutcome;
import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.csdl.CsdlException;
import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
    private final boolean models;
    private final Path csdlFile;

    private CodeGenerator(Builder b) {
        this.snapshot = Objects.requireNonNull(b.snapshot, "snapshot");
        this.targetPackage = Objects.requireNonNull(b.targetPackage, "targetPackage");
        this.includes = List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.outputDirectory = b.outputDirectory;
        this.models = b.models;
        this.csdlFile = b.csdlFile;
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
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        long start = System.nanoTime();
        Prepared prepared = prepare();
        Map<Integer, Cmdlet> selected = prepared.selected();
        ServiceModel model = prepared.model();
        ResultTypes.Outcome planned = results(prepared);
        ResultModels results = planned == null ? ResultModels.none(targetPackage + ".model") : planned.models();
        ResultTypesReport resultReport = planned == null ? ResultTypesReport.none() : planned.report();
        List<GeneratedFile> files = new SourceEmitter().emit(model, results);
        WriteOutcome outcome = new SourceWriter(outputDirectory).write(files);
        // Remarks about the snapshot's and the CSDL's facts are notes; only the writer's and the filter's need the user.
        List<String> notes = new ArrayList<>(model.warnings());
        notes.addAll(results.warnings());
        List<String> warnings = new ArrayList<>(prepared.filterWarnings());
        warnings.addAll(outcome.warnings());
        if (selected.isEmpty()) {
            warnings.add(emptySelection(prepared.excluded()));
        }
        return new GenerationReport(model.cmdlets().size(), model.parameterCount(), outcome.written(),
                outcome.unchanged(), outcome.deleted(), model.unknownTypeFallbacks(), notes, warnings,
                Duration.ofNanos(System.nanoTime() - start), resultReport, prepared.excluded(),
                model.droppedSets());
    }

    /**
     * Why nothing was selected: blaming the globs when none were given (a capture of an account whose roles allow
     * no cmdlet, a snapshot of only client-side cmdlets) would send the user looking for a mistake they did not make.
     */
    private String emptySelection(Map<String, String> clientSide) {
        String snapshotName = snapshot.header().name();
        if (snapshot.cmdlets().isEmpty()) {
            return "Snapshot " + snapshotName + " has no cmdlets; only the empty catalog was generated. Fix: generate"
                    + " from a snapshot that lists cmdlets (a capture lists those the signed-in account's roles"
                    + " allow)";
        }
        if (includes.isEmpty() && excludes.isEmpty()) {
            return "Snapshot " + snapshotName + " has only client-side cmdlets " + clientSide.keySet() + ", which"
                    + " are not generated; only the empty catalog was generated";
        }
        return "No cmdlet matched the include/exclude globs; only the empty catalog was generated";
    }

    /**
     * The model the emitters generate from: the selected cmdlets (with the CSDL's enum values filled in), named,
     * typed and with their parameter sets analysed. The translator renders Java from this same model, so it follows
     * every change of the generated API.
     *
     * @throws GeneratorException for an invalid package, glob, snapshot or CSDL
     */
    public ServiceModel model() {
        return prepare().model();
    }

    /**
     * The typed results {@link #generate()} emits beside {@link #model()}: the models, their enums and the cmdlet
     * each belongs to (none without a CSDL, or with {@code models(false)}).
     *
     * @throws GeneratorException for an invalid package, glob, snapshot or CSDL
     */
    public ResultModels resultModels() {
        ResultTypes.Outcome planned = results(prepare());
        return planned == null ? ResultModels.none(targetPackage + ".model") : planned.models();
    }

    private ResultTypes.Outcome results(Prepared prepared) {
        if (prepared.csdl() == null) {
            return null;
        }
        ResultTypes.Outcome all = new ResultTypes().plan(prepared.csdl(), prepared.model(), ResultMapping.bundled(),
                prepared.filled(), prepared.mappable()::contains);
        // A chosen subset of cmdlets gets the models it returns, not every model of the CSDL.
        return includes.isEmpty() && excludes.isEmpty() ? all : all.reachableFromResults();
    }

    /** What {@link #generate()} and {@link #model()} share: selection, CSDL supplement, model. */
    private record Prepared(Map<Integer, Cmdlet> selected, CsdlSchema csdl, List<String> filled,
                            java.util.Set<String> mappable, ServiceModel model, Map<String, String> excluded,
                            List<String> filterWarnings) {
    }

    private Prepared prepare() {
        if (!JavaNames.isPackageName(targetPackage)) {
            throw new GeneratorException("Invalid target package '" + targetPackage + "': use dot-separated Java "
                    + "identifiers that are not keywords, e.g. 'com.example.exo'.");
        }
        for (String reserved : List.of("java", "dev.exobindings.runtime")) {
            // the JVM refuses classes in java.*; the runtime's packages would be split between two jars
            if (targetPackage.equals(reserved) || targetPackage.startsWith(reserved + ".")) {
                throw new GeneratorException("Target package '" + targetPackage + "' is inside " + reserved + ", "
                        + (reserved.equals("java") ? "where the JVM refuses to load any class but the JDK's"
                        : "the runtime's own package") + ": use a package of your project, e.g. 'com.example.exo'.");
            }
        }
        CmdletFilter filter = CmdletFilter.of(includes, excludes);
        Map<Integer, Cmdlet> selected = new LinkedHashMap<>();
        Map<String, String> excluded = new LinkedHashMap<>();
        for (int i = 0; i < snapshot.cmdlets().size(); i++) {
            Cmdlet cmdlet = snapshot.cmdlets().get(i);
            if (cmdlet == null || cmdlet.name() == null) {
                throw new GeneratorException("Snapshot cmdlets[" + i + "] has no name; fix the snapshot.");
            }
            if (!filter.accepts(cmdlet.name())) {
                continue;
            }
            Optional<String> clientSide = ClientSideCmdlets.reason(cmdlet.name());
            if (clientSide.isPresent()) {
                excluded.put(cmdlet.name(), clientSide.get());
            } else {
                selected.put(i, cmdlet);
            }
        }
        List<String> names = snapshot.cmdlets().stream().map(Cmdlet::name).toList();
        List<String> unmatched = filter.unmatchedIncludes(names);
        if (!unmatched.isEmpty()) {
            throw new GeneratorException("Include glob(s) " + unmatched + " match no cmdlet in snapshot "
                    + snapshot.header().name() + ". Fix: " + OtherSnapshotHint.of(unmatched, snapshot.header().name())
                    .orElse("correct the spelling (cmdlet names look like Get-Mailbox) or remove the glob") + ".");
        }
        List<String> filterWarnings = filter.unmatchedExcludes(names).stream()
                .map(g -> "Exclude glob '" + g + "' matches no cmdlet in snapshot " + snapshot.header().name()
                        + ", so it excludes nothing; check its spelling (cmdlet names look like Get-Mailbox)")
                .toList();
        // The bundled CSDL is Exchange Online's: it types the results of Exchange Online cmdlets only. A CSDL file
        // given by the user (e.g. a capture's) applies to every selected cmdlet.
        boolean exchangeOnline = selected.values().stream().anyMatch(c -> c.product() != Product.SECURITY_COMPLIANCE);
        CsdlSchema csdl = models && (csdlFile != null || exchangeOnline) ? readCsdl() : null;
        java.util.Set<String> mappable = new java.util.HashSet<>();
        selected.values().stream().filter(c -> csdlFile != null || c.product() != Product.SECURITY_COMPLIANCE)
                .forEach(c -> mappable.add(c.name()));
        List<String> filled = List.of();
        if (csdl != null) {
            ParameterEnumSupplement.Result supplemented = new ParameterEnumSupplement().apply(selected, csdl);
            selected = new LinkedHashMap<>(supplemented.cmdlets());
            filled = supplemented.filled();
        }
        ServiceModel model = new ServiceModelBuilder().build(targetPackage, snapshot.header().name(), selected);
        return new Prepared(selected, csdl, filled, mappable, model, excluded, filterWarnings);
    }

    private CsdlSchema readCsdl() {
        try {
            return csdlFile != null ? new CsdlReader().read(csdlFile) : BundledCsdl.exchangeOnlineSchema();
        } catch (CsdlException e) {
            throw new GeneratorException(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new GeneratorException("Cannot read the bundled CSDL: " + e.getMessage() + "; rebuild the metadata jar.");
        }
    }

    /** Configures a {@link CodeGenerator}. */
    public static final class Builder {
        private Snapshot snapshot;
        private String targetPackage;
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Path outputDirectory;
        private boolean models = true;
        private Path csdlFile;

        private Builder() {
        }

        /**
         * Whether to emit result models from the service's CSDL and give mapped cmdlets a result type (default
         * true; false gives the untyped bindings only).
         */
        public Builder models(boolean models) {
            this.models = models;
            return this;
        }

        /** A CSDL ({@code $metadata}) file to read instead of the bundled Exchange Online one, e.g. a capture's. */
        public Builder csdl(Path csdlFile) {
            this.csdlFile = csdlFile;
            return this;
        }

        public Builder snapshot(Snapshot snapshot) {
            this.snapshot = snapshot;
            return this;
        }

        public Builder targetPackage(String targetPackage) {
            this.targetPackage = targetPackage;
            return this;
        }

        /**
         * Globs on cmdlet names ({@code Get-*}, {@code *-Mailbox*}); empty means every cmdlet. A glob that matches no
         * cmdlet of the snapshot makes generation fail (it is a typo); an exclude glob that matches none is a
         * warning of the report.
         */
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
