package dev.exobindings.cli;

import dev.exobindings.metadata.BundledCsdl;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.csdl.CsdlException;
import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.metadata.diff.CsdlDiffer;
import dev.exobindings.metadata.diff.DiffJson;
import dev.exobindings.metadata.diff.DiffMarkdown;
import dev.exobindings.metadata.diff.SnapshotDiff;
import dev.exobindings.metadata.diff.SnapshotDiffer;
import dev.exobindings.metadata.io.ReportFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exo-bindings diff OLD NEW}: what changed between two snapshots. Like {@code diff(1)}, exit code 1 means
 * "there are differences", so a script can stop before regenerating.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Compares two snapshots: cmdlets added and removed; parameters added, removed, retyped,"
                + " made (non-)mandatory or moved between parameter sets; with --old-csdl/--new-csdl also the result"
                + " models of their $metadata.",
                "Exit code 1 when they differ (with --fail-on-breaking: only when a change breaks code that uses the"
                        + " bindings), 0 otherwise.",
                "Example: exo-bindings diff exchange-online new-capture.json --markdown diff.md"})
final class DiffCommand implements Callable<Integer> {
    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "Old snapshot: a bundled name or a file.")
    String oldSnapshot;

    @Parameters(index = "1", paramLabel = "NEW", description = "New snapshot: a bundled name or a file.")
    String newSnapshot;

    @Option(names = "--markdown", paramLabel = "FILE", description = "Also write the Markdown report here.")
    Path markdown;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report here.")
    Path json;

    @Option(names = "--format", paramLabel = "summary|markdown|json", defaultValue = "summary",
            description = "What goes to stdout. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--old-csdl", paramLabel = "FILE",
            description = "Also compare the result models: the old snapshot's $metadata (e.g. a capture's"
                    + " <name>.metadata.xml). Default, when --new-csdl is given: the bundled one.")
    Path oldCsdl;

    @Option(names = "--new-csdl", paramLabel = "FILE",
            description = "Also compare the result models: the new snapshot's $metadata. Default, when --old-csdl is"
                    + " given: the bundled one.")
    Path newCsdl;

    @Option(names = "--fail-on-breaking",
            description = "Exit 1 only for a change labelled breaking, not for additions: a CI gate before regenerating.")
    boolean failOnBreaking;

    @Mixin
    CommonOptions common;

    enum Format { summary, markdown, json }

    DiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SameFileCheck.of(spec.commandLine())
                .output("--markdown", markdown).output("--json", json)
                .input("OLD", snapshotFile(oldSnapshot)).input("NEW", snapshotFile(newSnapshot))
                .input("--old-csdl", oldCsdl).input("--new-csdl", newCsdl)
                .check();
        SnapshotArgument before = SnapshotArgument.resolve(oldSnapshot, "OLD");
        SnapshotArgument after = SnapshotArgument.resolve(newSnapshot, "NEW");
        SnapshotDiffer.productMismatch(before.snapshot(), after.snapshot())
                .ifPresent(w -> context.err().println("diff: warning: " + w));
        SnapshotDiff diff = SnapshotDiffer.diff(before.label(), before.snapshot(), after.label(), after.snapshot());
        if (oldCsdl != null || newCsdl != null) {
            diff = diff.withModels(CsdlDiffer.diff(csdl(oldCsdl, "--old-csdl"), csdl(newCsdl, "--new-csdl")));
        }
        Map<Path, String> reports = new LinkedHashMap<>();
        if (markdown != null) {
            reports.put(markdown, DiffMarkdown.render(diff));
        }
        if (json != null) {
            reports.put(json, DiffJson.render(diff));
        }
        try {
            ReportFiles.writeAll(reports, "diff report"); // both or neither
        } catch (IOException e) {
            throw new UserError(e.getMessage(), e);
        }
        switch (format) {
            case markdown -> context.out().print(DiffMarkdown.render(diff));
            case json -> context.out().print(DiffJson.render(diff));
            default -> context.out().println(before.label() + " -> " + after.label() + ": " + diff.summary());
        }
        boolean finding = failOnBreaking ? diff.hasBreaking() : !diff.isEmpty();
        return finding ? ExoBindingsCli.FINDINGS : ExoBindingsCli.OK;
    }

    /** The file a snapshot argument names; null for a bundled name (bundled names win, as in resolving). */
    private static Path snapshotFile(String value) {
        return BundledSnapshots.names().contains(value) ? null : Path.of(value);
    }

    /** The CSDL file given with {@code option}, read; the bundled Exchange Online one when none was given. */
    private static CsdlSchema csdl(Path file, String option) {
        if (file == null) {
            return BundledCsdl.exchangeOnlineSchema();
        }
        try {
            return new CsdlReader().read(CsdlOption.checked(file, option));
        } catch (CsdlException e) {
            throw new UserError(e.getMessage() + " (" + option + ")", e);
        }
    }
}
