package dev.exobindings.maven;

import dev.exobindings.metadata.importing.ImportException;
import dev.exobindings.metadata.importing.ImportRequest;
import dev.exobindings.metadata.importing.ImportResult;
import dev.exobindings.metadata.importing.SnapshotImporter;
import dev.exobindings.metadata.importing.SourceSpec;
import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Source;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Imports a module catalog and/or a docs folder into a snapshot that {@code generate} can use, recording the product,
 * name, capture date and sources given here in its header. Writes the snapshot and its merge report; nothing is
 * written when any input is wrong. Runs without a project:
 * <pre>mvn exo-bindings:import -Dexo-bindings.import.catalog=Purview-catalog.json
 *     -Dexo-bindings.import.product=security-compliance -Dexo-bindings.import.name=purview
 *     -Dexo-bindings.import.captureDate=2026-07-24
 *     -Dexo-bindings.import.sources=catalog:philband/go-exoscc:&lt;commit&gt;:spec/catalog/Purview-catalog.json:MIT</pre>
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {
    /** A module catalog file (go-exoscc extractor shape, any file name). */
    @Parameter(property = "exo-bindings.import.catalog")
    private File catalog;

    /** A folder of platyPS cmdlet reference pages. */
    @Parameter(property = "exo-bindings.import.docs")
    private File docs;

    /** A module-traits table (tab-separated; see the metadata README); without it traits are unknown. */
    @Parameter(property = "exo-bindings.import.moduleTraits")
    private File moduleTraits;

    /** {@code exchange-online} or {@code security-compliance}. */
    @Parameter(property = "exo-bindings.import.product", required = true)
    private String product;

    /** The snapshot's name ({@code a-z0-9} words joined by {@code -}); also the output file's name. */
    @Parameter(property = "exo-bindings.import.name", required = true)
    private String name;

    /** When the inputs were captured, {@code yyyy-MM-dd}. */
    @Parameter(property = "exo-bindings.import.captureDate", required = true)
    private String captureDate;

    /** One per input: {@code kind:owner/repository:commit:path:licence}. */
    @Parameter(property = "exo-bindings.import.sources", required = true)
    private List<String> sources;

    /** The snapshot file to write; default {@code target/<name>.json} under the base directory. */
    @Parameter(property = "exo-bindings.import.output")
    private File output;

    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    private File baseDirectory;

    @Override
    public void execute() throws MojoFailureException {
        Path base = baseDirectory.toPath();
        Product parsedProduct = SnapshotSpelling.parse(Product.class, product == null ? "" : product.strip())
                .orElseThrow(() -> new MojoFailureException("import product: unknown product '" + product
                        + "'. Fix: use one of " + SnapshotSpelling.allSpellings(Product.class)));
        ImportResult result;
        try {
            List<Source> parsed = new ArrayList<>();
            for (String spec : sources == null ? List.<String>of() : sources) {
                parsed.add(SourceSpec.parse(spec));
            }
            result = SnapshotImporter.run(new ImportRequest(name, parsedProduct, captureDate, parsed,
                    resolve(base, catalog), resolve(base, docs), resolve(base, moduleTraits)));
        } catch (ImportException | UncheckedIOException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (RuntimeException e) {
            // importer errors (catalog, docs, traits, snapshot header) carry file, place and fix
            throw new MojoFailureException("import failed, nothing written: " + e.getMessage());
        }
        Path snapshotFile = output != null ? resolve(base, output) : base.resolve("target").resolve(name + ".json");
        Path reportFile = snapshotFile.resolveSibling(name + ".merge-report.txt");
        try {
            SnapshotWriter.write(result.snapshot(), snapshotFile);
            SnapshotWriter.writeAtomically(reportFile, result.report().toText());
        } catch (RuntimeException e) {
            throw new MojoFailureException("Cannot write the snapshot " + e.getMessage());
        }
        getLog().info("exo-bindings import: " + result.snapshot().cmdlets().size() + " cmdlets, "
                + result.snapshot().header().counts().get("parameters") + " parameters, "
                + result.snapshot().header().counts().get("cmdletsWithTraits") + " with module traits, "
                + result.report().conflicts().size() + " merge conflicts -> " + snapshotFile + " (report "
                + reportFile + ")");
    }

    private static Path resolve(Path base, File file) {
        return file == null ? null : base.resolve(file.toPath()).normalize();
    }
}
