package dev.exobindings.cli;

import dev.exobindings.generator.translate.ScriptFiles;
import dev.exobindings.generator.translate.Translation;
import dev.exobindings.generator.translate.Translator;
import dev.exobindings.metadata.io.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exo-bindings translate}: PowerShell command lines with literal arguments → the Java statement against the
 * generated bindings and the JSON body it sends. A line that cannot be translated is a finding (exit 1), reported
 * with its line and column.
 */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Translates a PowerShell command line (or every command of a script) into a call of the"
                + " bindings generated from a snapshot, with its imports and the InvokeCommand body it sends.",
                "Exit code 1 when a command cannot be translated (each reason is printed with line and column).",
                "Example: exo-bindings translate \"Get-Mailbox -Identity vasil\" --package com.example.exo"})
final class TranslateCommand implements Callable<Integer> {
    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LINE", description = "One command line.")
    String line;

    @Option(names = "--script", paramLabel = "FILE", description = "A script file of command lines instead of LINE.")
    Path script;

    @Mixin
    SnapshotOption snapshot;

    @Option(names = "--package", paramLabel = "PACKAGE", defaultValue = "com.example.exo",
            description = "Package of the generated classes. Default: ${DEFAULT-VALUE}.")
    String packageName;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the translations to this file.")
    Path output;

    @Mixin
    CommonOptions common;

    TranslateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if ((line == null) == (script == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give exactly one of LINE and --script FILE");
        }
        String text = line != null ? line : read(script);
        SnapshotArgument input = snapshot.resolve();
        List<Translation> translations;
        try (Progress progress = Progress.start(context.err(), "translating against " + input.label())) {
            translations = Translator.forSnapshot(input.snapshot(), packageName).translateScript(text);
        }
        StringBuilder report = new StringBuilder();
        int failed = 0;
        for (Translation t : translations) {
            report.append(render(t));
            if (!t.ok()) {
                failed++;
                context.err().println("translate: line " + t.line() + ", column " + t.problem().column() + ": "
                        + t.problem().kind() + ": " + t.problem().message());
            }
        }
        context.out().print(report);
        if (output != null) {
            SnapshotWriter.writeAtomically(output, report.toString());
        }
        context.err().println("translate: " + (translations.size() - failed) + " of " + translations.size()
                + " command(s) translated against " + input.label() + " (package " + packageName + ")");
        return failed == 0 ? ExoBindingsCli.OK : ExoBindingsCli.FINDINGS;
    }

    /** One translation as Java a reader can paste: the source as a comment, imports, statement, body. */
    private static String render(Translation t) {
        StringBuilder out = new StringBuilder("// ").append(t.line()).append(": ").append(t.source().strip())
                .append('\n');
        if (!t.ok()) {
            return out.append("// not translated: column ").append(t.problem().column()).append(", ")
                    .append(t.problem().kind()).append(": ").append(t.problem().message()).append("\n\n").toString();
        }
        for (String type : t.imports()) {
            out.append("import ").append(type).append(";\n");
        }
        out.append(t.statement()).append("\n// sends ").append(t.body()).append('\n');
        for (String note : t.notes()) {
            out.append("// note: ").append(note).append('\n');
        }
        return out.append('\n').toString();
    }

    private static String read(Path file) {
        try {
            return ScriptFiles.read(file);
        } catch (ScriptFiles.EncodingException e) {
            throw new UserError("cannot read the script (--script): " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("cannot read the script " + file.toAbsolutePath().normalize() + " (--script): "
                    + e.getMessage() + ". Fix: check the path");
        }
    }
}
