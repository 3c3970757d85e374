package dev.exobindings.bench.peer;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.GenerationReport;
import dev.exobindings.metadata.BundledSnapshots;
import java.nio.file.Path;

/**
 * Our side of the cold-generation measurement: a fresh JVM that generates the whole bundled snapshot. Arguments:
 * the output directory, then {@code --requests-only} to leave out the typed results (the models from
 * {@code $metadata}).
 */
public final class GenerateBindings {
    static final String REQUESTS_ONLY = "--requests-only";

    private GenerateBindings() {
    }

    public static void main(String[] args) {
        boolean models = !(args.length > 1 && args[1].equals(REQUESTS_ONLY));
        GenerationReport report = CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline()).models(models)
                .targetPackage("com.example.exo").outputDirectory(Path.of(args[0])).build().generate();
        System.out.println("generated " + report.cmdlets() + " cmdlets, " + report.filesWritten() + " files");
    }
}
