package dev.exobindings.cli;

import dev.exobindings.generator.translate.JavaComments;
import dev.exobindings.generator.translate.ScriptFiles;
import dev.exobindings.generator.translate.Translation;
import dev.exobindings.generator.translate.Translator;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.io.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
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
@Command(name = "translate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Translates a PowerShell command line (or every command of a script) into a call of the"
                + " bindings generated from a snapshot, with its imports and the InvokeCommand body it sends.",
                "Exit code 1 when a command cannot be translated (each reason is printed with line and column).",
                "Example: exo-bindings translate \"Get-Mailbox -Identity vasil\""})
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

    @Mixin
    CsdlOption csdl;

    @Option(names = "--package", paramLabel = "PACKAGE",
            description = "Package of the generated classes. Default for a bundled snapshot: the package of its"
                    + " prebuilt bindings jar (dev.exobindings.exo, dev.exobindings.scc); required with a snapshot"
                    + " file.")
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
        if (output != null && Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output + " is a folder: give"
                    + " the file to write the translations to, e.g. " + output.resolve("translations.txt"));
        }
        if (line != null && line.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "LINE is empty: give a PowerShell command"
                    + " line, e.g. \"Get-Mailbox -Identity vasil\"");
        }
        if (packageName != null && !SourceVersion.isName(packageName)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--package '" + packageName + "' is not"
                    + " a valid Java package name. Fix: give the package the bindings were generated into, e.g."
                    + " com.example.exo");
        }
        SameFileCheck.of(spec.commandLine()).output("--output", output).input("--script", script).check();
        String text = line != null ? line : read(script);
        SnapshotArgument input = snapshot.resolve();
        Path csdlFile = csdl.resolve();
        String targetPackage = packageName != null ? packageName : defaultPackage(snapshot.value);
        List<Translation> translations;
        try (Progress progress = Progress.start(context.err(), "translating against " + input.label())) {
            translations = Translator.forSnapshot(input.snapshot(), targetPackage, csdlFile).translateScript(text);
        }
        StringBuilder report = new StringBuilder(imports(translations));
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
                + " command(s) translated against " + input.label() + csdl.label() + " (package " + targetPackage
                + ")");
        return failed == 0 ? ExoBindingsCli.OK : ExoBindingsCli.FINDINGS;
    }

    /**
     * The imports every translated statement needs, once each, sorted, then an empty line (nothing when none
     * translated): they go at the top of the file, the statements after them into a method.
     */
    static String imports(List<Translation> translations) {
        Set<String> types = new TreeSet<>();
        translations.forEach(t -> types.addAll(t.imports()));
        StringBuilder out = new StringBuilder();
        types.forEach(type -> out.append("import ").append(type).append(";\n"));
        return types.isEmpty() ? "" : out.append('\n').toString();
    }

    /**
     * One translation as Java a reader can paste: the source as a comment, statement, body (the imports are printed
     * once for all, see {@link #imports}). Every echoed
     * text goes through {@link JavaComments}: each of its lines is a comment line, and no backslash in it makes a
     * unicode escape javac would read (one could end the comment and make the rest code).
     */
    static String render(Translation t) {
        // a command whose braces span lines keeps its line breaks: each line stays a comment
        StringBuilder out = new StringBuilder(JavaComments.lines(t.line() + ": ", t.source().strip()));
        if (!t.ok()) {
            return out.append(JavaComments.lines("not translated: column " + t.problem().column() + ", "
                    + t.problem().kind() + ": ", t.problem().message())).append('\n').toString();
        }
        out.append(t.statement()).append('\n').append(JavaComments.lines("sends ", t.body()));
        for (String note : t.notes()) {
            out.append(JavaComments.lines("note: ", note));
        }
        return out.append('\n').toString();
    }

    /**
     * For {@code translate Get-Mailbox -Identity vasil}: the shell split the PowerShell line into arguments, and
     * picocli read its parameters as unknown options. The hint says to quote the whole line (or use --script).
     */
    static Optional<String> unquotedLineHint(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
                || !(e.getCommandLine().getCommand() instanceof TranslateCommand command) || command.line == null) {
            return Optional.empty();
        }
        // "--x" is no PowerShell parameter (those have one dash): an option this command does not have, not a word
        // of an unquoted line
        Optional<String> unknownOption = unmatched.getUnmatched().stream().filter(w -> w.startsWith("--")).findFirst();
        if (unknownOption.isPresent()) {
            String example = command.line.contains("'") ? "'Get-Mailbox -Identity vasil'" : "'" + command.line + "'";
            return Optional.of("Hint: translate has no option " + unknownOption.get() + "; the PowerShell line is its"
                    + " one argument, e.g. exo-bindings translate " + example
                    + " (translate --help lists the options)");
        }
        List<String> words = new ArrayList<>();
        words.add(command.line);
        words.addAll(unmatched.getUnmatched());
        String line = String.join(" ", words);
        String example = line.contains("'") ? "translate 'Get-Mailbox -Identity vasil'" : "translate '" + line + "'";
        return Optional.of("Hint: LINE is one argument: quote the whole PowerShell line, e.g. exo-bindings " + example
                + " (or put the commands in a file and give --script FILE)");
    }

    /** A bundled snapshot's prebuilt jar package: the output then compiles against the README's dependency. */
    private String defaultPackage(String snapshotValue) {
        if (!BundledSnapshots.names().contains(snapshotValue)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--package is required with a snapshot"
                    + " file: give the package its bindings were generated into (generate --package ...)");
        }
        if (csdl.file != null) {
            // the prebuilt jar was generated with the bundled CSDL: its models may lack what this one has
            throw new CommandLine.ParameterException(spec.commandLine(), "--package is required with --csdl: give"
                    + " the package the bindings were generated into with that CSDL (generate --csdl ... --package ...)");
        }
        return BundledSnapshots.prebuiltBindingsPackage(snapshotValue);
    }

    private static String read(Path file) {
        try {
            return ScriptFiles.read(file);
        } catch (ScriptFiles.EncodingException e) {
            throw new UserError("cannot read the script (--script): " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("the script " + file.toAbsolutePath().normalize() + " (--script) " + IoReasons.of(e)
                    + ". Fix: check the path");
        }
    }
}
