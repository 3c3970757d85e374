package dev.exobindings.bench.peer;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.GenerationReport;
import dev.exobindings.metadata.BundledSnapshots;
import java.nio.file.Path;

/** Our side of the cold-generation measurement: a fresh JVM that generates the whole bundled snapshot. */
public final class GenerateBindings {
    private GenerateBindings() {
    }

    public static void main(String[] args) {
        GenerationReport report = CodeGenerator.builder().snapshot(BundledSnapshots.exchangeOnline())
                .targetPackage("com.example.exo").outputDirectory(Path.of(args[0])).build().generate();
        System.out.println("generated " + report.cmdlets() + " cmdlets, " + report.filesWritten() + " files");
    }
}
