package dev.exobindings.cli;

import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.GenerationReport;
import dev.exobindings.generator.GeneratorException;
import dev.exobindings.generator.naming.JavaNames;
import dev.exobindings.generator.select.CmdletGlob;
import dev.exobindings.metadata.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code exo-bindings generate}: a snapshot to Java sources, as the Maven plugin's {@code generate} goal does. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Generates the Java bindings of a snapshot into a source folder.",
                "Example: exo-bindings generate --package com.example.exo --output src/gen/java --include 'Get-Mailbox*'"})
final class GenerateCommand implements Callable<Integer> {
    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SnapshotOption snapshot;

    @Mixin
    CsdlOption csdl;

    @Option(names = "--package", required = true, paramLabel = "PACKAGE", description = "Package of the generated classes.")
    String packageName;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Source folder to generate into; files it holds from an earlier run that are no longer generated are deleted.")
    Path output;

    @Option(names = "--include", paramLabel = "GLOB", description = "Cmdlet-name glob to generate (repeatable; * and ?, case-insensitive). Default: all.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Cmdlet-name glob to leave out (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Mixin
    CommonOptions common;

    GenerateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        checkUsage();
        // Checked first: finding out after writing every source would leave the run half done.
        Path notes = notesFile(output);
        checkNotesWritable(notes);
        SnapshotArgument input = snapshot.resolve();
        Path csdlFile = csdl.resolve();
        GenerationReport report;
        // the snapshot's count, not the generated one: client-side cmdlets are left out (the summary says how many)
        String what = includes.isEmpty() && excludes.isEmpty()
                ? " (" + input.snapshot().cmdlets().size() + " cmdlets in the snapshot)" : " (the selected cmdlets)";
        try (Progress progress = Progress.start(context.err(), "generating from " + input.label() + what)) {
            report = CodeGenerator.builder().snapshot(input.snapshot()).targetPackage(packageName)
                    .includes(includes).excludes(excludes).csdl(csdlFile).outputDirectory(output).build().generate();
        }
        // Notes are about the snapshot's facts (worth reading when writing one); warnings need the user now.
        writeNotes(notes, report.notes());
        report.warnings().forEach(w -> context.err().println("generate: warning: " + w));
        context.out().println(String.format(Locale.ROOT,
                "generated %d cmdlet%s%s, %d parameters from %s%s into %s (package %s): %d files written, %d unchanged,"
                        + " %d deleted in %.1f s%s",
                report.cmdlets(), report.cmdlets() == 1 ? "" : "s", report.excludedCmdlets().isEmpty() ? ""
                        : " (" + report.excludedCmdlets().size() + " client-side cmdlet"
                        + (report.excludedCmdlets().size() == 1 ? "" : "s") + " InvokeCommand cannot run left out)",
                report.parameters(), input.label(), csdl.label(),
                output,
                packageName, report.filesWritten(), report.filesUnchanged(), report.filesDeleted(),
                report.elapsed().toMillis() / 1000.0,
                report.notes().isEmpty() ? "" : "; " + report.notes().size() + " note(s) about the snapshot in " + notes));
        return ExoBindingsCli.OK;
    }

    /** The values picocli cannot check, as usage errors naming the option as typed, before anything is read. */
    private void checkUsage() {
        if (!JavaNames.isPackageName(packageName)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--package '" + packageName + "' is not a"
                    + " valid Java package name: use Java identifiers (letters, digits, '_'; not starting with a digit;"
                    + " no keywords) joined by '.', e.g. com.example.exo");
        }
        checkGlobs("--include", includes);
        checkGlobs("--exclude", excludes);
    }

    private void checkGlobs(String option, List<String> globs) {
        for (String glob : globs) {
            try {
                CmdletGlob.parse(glob, option);
            } catch (GeneratorException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + glob + "' is not a"
                        + " cmdlet-name glob: use letters, digits, '-', '*' (any characters) and '?' (one character),"
                        + " one glob per " + option + ", e.g. " + option + " 'Get-Mailbox*' " + option
                        + " Set-Mailbox");
            }
        }
    }

    /**
     * The notes go beside the output folder: when the folder holding it exists but cannot be written (the output
     * folder itself may be writable), a failure naming where the notes go and the fix, before anything is generated.
     */
    private static void checkNotesWritable(Path notes) {
        if (Files.isDirectory(notes)) {
            throw new UserError("the generator's notes go beside the output folder, in " + notes + ", and a folder "
                    + "has that name; nothing was generated. Fix: move or rename that folder");
        }
        Path folder = notes.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return; // created with the output folder, or the generator names the problem
        }
        // written as a temporary file renamed over it, or deleted: both need the folder, not the file, writable
        if (!Files.isWritable(folder)) {
            throw new UserError("the generator's notes go beside the output folder, in " + notes + ", and " + folder
                    + " is not writable; nothing was generated. Fix: make " + folder + " writable, or give an --output"
                    + " folder whose parent folder you can write");
        }
    }

    /** Beside the output folder, not in it: the folder holds only generated sources. */
    static Path notesFile(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".exo-bindings-notes.txt");
    }

    private static void writeNotes(Path notes, List<String> lines) {
        try {
            if (lines.isEmpty()) {
                Files.deleteIfExists(notes);
            } else {
                AtomicFiles.writeString(notes, String.join("\n", lines) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + notes + ": " + e.getMessage(), e);
        }
    }
}
