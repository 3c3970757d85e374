package dev.exobindings.cli;

import dev.exobindings.metadata.catalog.CatalogException;
import dev.exobindings.metadata.docs.DocsImportException;
import dev.exobindings.metadata.importing.ImportException;
import dev.exobindings.metadata.importing.ImportRequest;
import dev.exobindings.metadata.importing.ImportResult;
import dev.exobindings.metadata.importing.SnapshotImporter;
import dev.exobindings.metadata.importing.SourceSpec;
import dev.exobindings.metadata.io.SnapshotNameRules;
import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Source;
import dev.exobindings.metadata.traits.ModuleTraitsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code exo-bindings import}: a module catalog and/or a docs folder → a snapshot, with the header facts given on
 * the command line and recorded as given (the library behind the plugin's {@code import} goal).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Imports a module catalog and/or a folder of cmdlet reference pages into a snapshot that"
                + " generate, diff and simulate accept. Writes <name>.json and <name>.merge-report.txt; nothing"
                + " when any input is wrong.",
                "Example: exo-bindings import --catalog Purview-catalog.json --product security-compliance"
                        + " --name purview --capture-date 2026-07-24"
                        + " --source catalog:philband/go-exoscc:<40-hex commit>:spec/catalog/Purview-catalog.json:MIT"})
final class ImportCommand implements Callable<Integer> {
    /** A snapshot name (the snapshot validator's rule): lower-case words of letters and digits joined by '-'. */

    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "A module catalog (go-exoscc extractor shape; any file name).")
    Path catalog;

    @Option(names = "--docs", paramLabel = "DIR", description = "A folder of platyPS cmdlet reference pages.")
    Path docs;

    @Option(names = "--module-traits", paramLabel = "FILE",
            description = "A module-traits table; without it the cmdlets' traits are unknown.")
    Path moduleTraits;

    @Option(names = "--product", required = true, paramLabel = "PRODUCT", converter = ProductConverter.class,
            description = "exchange-online or security-compliance.")
    Product product;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Snapshot name (a-z0-9 words joined by '-'); also names the output files.")
    String name;

    @Option(names = "--capture-date", required = true, paramLabel = "yyyy-MM-dd", converter = DateConverter.class,
            description = "When the inputs were captured.")
    String captureDate;

    @Option(names = "--source", required = true, paramLabel = "SPEC", converter = SourceConverter.class,
            description = "Where an input comes from, one per input (repeatable): " + SourceSpec.FORM + ".")
    List<Source> sources = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "The snapshot file. Default: <name>.json here.")
    Path output;

    @Mixin
    CommonOptions common;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!SnapshotNameRules.SNAPSHOT_NAME.matcher(name).matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--name '" + name + "' is not a snapshot"
                    + " name: use lower-case letters and digits, words joined by single '-' (not at the start or"
                    + " end), at most 100 characters, e.g. purview or my-exo");
        }
        Path snapshotFile = output != null ? output : Path.of(name + ".json");
        Path report = snapshotFile.toAbsolutePath().resolveSibling(name + ".merge-report.txt");
        String snapshotOption = output != null ? "--output" : "the snapshot file (--name " + name + ", no --output)";
        SameFileCheck.of(spec.commandLine())
                .output(snapshotOption, snapshotFile, "give --output another file (or another --name)")
                .output("the merge report (beside the snapshot, named by --name)", report, "give another --name or"
                        + " --output folder")
                .input("--catalog", catalog).input("--docs", docs).input("--module-traits", moduleTraits)
                .check();
        ImportResult result;
        try (Progress progress = Progress.start(context.err(), "importing " + name)) {
            result = SnapshotImporter.run(new ImportRequest(name, product, captureDate, sources, catalog, docs,
                    moduleTraits));
        } catch (ImportException | CatalogException | DocsImportException | ModuleTraitsException e) {
            // each names the input, the place and the fix
            throw new UserError("import failed, nothing written: " + e.getMessage(), e);
        }
        SnapshotWriter.write(result.snapshot(), snapshotFile);
        SnapshotWriter.writeAtomically(report, result.report().toText());
        context.out().println("imported " + result.snapshot().cmdlets().size() + " cmdlets, "
                + result.snapshot().header().counts().get("parameters") + " parameters ("
                + result.snapshot().header().counts().get("cmdletsWithTraits") + " with module traits, "
                + result.report().conflicts().size() + " merge conflicts) into " + snapshotFile
                + "; merge report " + report);
        return ExoBindingsCli.OK;
    }

    /** {@code exchange-online} / {@code security-compliance}, as the snapshot spells them. */
    static final class ProductConverter implements CommandLine.ITypeConverter<Product> {
        @Override
        public Product convert(String value) {
            return SnapshotSpelling.parse(Product.class, value.strip()).orElseThrow(() ->
                    new CommandLine.TypeConversionException("unknown product '" + value + "'; use one of "
                            + SnapshotSpelling.allSpellings(Product.class)));
        }
    }

    /**
     * The one-line source form; a malformed one, or a part the snapshot would refuse (the snapshot validator's
     * rules, said in words), is a usage error.
     */
    static final class SourceConverter implements CommandLine.ITypeConverter<Source> {
        private static final String EXAMPLE = "catalog:philband/go-exoscc:6f660c23bd294bfc932b65338421150fe49d9f92:"
                + "spec/catalog/Purview-catalog.json:MIT";

        @Override
        public Source convert(String value) {
            Source source;
            try {
                source = SourceSpec.parse(value);
            } catch (ImportException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            check(value, "repository", source.repository(), SnapshotNameRules.REPOSITORY,
                    "owner/name, e.g. philband/go-exoscc");
            check(value, "commit", source.commit(), SnapshotNameRules.COMMIT,
                    "the full commit id, 40 lower-case hexadecimal digits (git rev-parse HEAD)");
            check(value, "path", source.path(), SnapshotNameRules.REPOSITORY_PATH,
                    "the file's path inside the repository, relative, '/'-separated, without '.' or '..' parts,"
                            + " e.g. spec/catalog/Purview-catalog.json");
            check(value, "license", source.license(), SnapshotNameRules.LICENSE, "an SPDX licence id, e.g. MIT");
            return source;
        }

        private static void check(String value, String part, String text, Pattern rule, String expected) {
            if (text == null || !rule.matcher(text).matches()) {
                throw new CommandLine.TypeConversionException("the " + part + " '" + text + "' in '" + value
                        + "' must be " + expected + " (the form is " + SourceSpec.FORM + ", e.g. " + EXAMPLE + ")");
            }
        }
    }

    /** A calendar date, checked here so a typo is a usage error rather than a failed import. */
    static final class DateConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return LocalDate.parse(value.strip()).toString();
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date written yyyy-MM-dd");
            }
        }
    }
}
