package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.Product;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports the platyPS markdown reference pages (MicrosoftDocs/office-docs-powershell, ExchangePowerShell folder)
 * into snapshot {@link Cmdlet}s, one list per cloud product.
 *
 * <pre>{@code
 * DocsImport docs = DocsImporter.importFolder(Path.of("../shared/exchange-ps-docs"));
 * List<Cmdlet> exo = docs.exchangeOnline();
 * }</pre>
 */
public final class DocsImporter {
    /** The folder's provenance note, not a cmdlet page. */
    public static final String SOURCE_FILE = "SOURCE.md";

    private DocsImporter() {
    }

    /**
     * Reads every {@code *.md} page of the folder except {@value #SOURCE_FILE}. Pages that are no cmdlet pages (the
     * module landing page) are skipped and listed in {@link DocsImport#warnings()}.
     *
     * @throws DocsImportException  on a malformed page (the message names file, line and fix)
     * @throws UncheckedIOException when the folder or a page cannot be read
     */
    public static DocsImport importFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equals(SOURCE_FILE))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the docs folder " + folder + ": " + e.getMessage(), e);
        }
        List<DocsPage> pages = new ArrayList<>(files.size());
        List<DocsWarning> warnings = new ArrayList<>();
        for (Path file : files) {
            String markdown;
            try {
                markdown = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read docs page " + file + ": " + e.getMessage(), e);
            }
            DocsPage page = PageParser.parseOrSkip(file.getFileName().toString(), markdown, warnings);
            if (page != null) {
                pages.add(page);
            }
        }
        return fromPages(pages, warnings);
    }

    /**
     * Parses one page.
     *
     * @param fileName used in error messages
     * @throws DocsImportException on a malformed page
     */
    public static DocsPage parsePage(String fileName, String markdown) {
        return PageParser.parse(fileName, markdown);
    }

    /** Maps parsed pages to both products' cmdlets and counts them. */
    static DocsImport fromPages(List<DocsPage> pages) {
        return fromPages(pages, List.of());
    }

    /**
     * @param pageWarnings warnings of the page-reading step (skipped pages), kept ahead of the mapping's own
     */
    static DocsImport fromPages(List<DocsPage> pages, List<DocsWarning> pageWarnings) {
        List<DocsWarning> warnings = new ArrayList<>(pageWarnings);
        List<Cmdlet> exo = new ArrayList<>();
        List<Cmdlet> sc = new ArrayList<>();
        int sections = 0;
        int exoSections = 0;
        for (DocsPage page : pages) {
            sections += page.parameters().size();
            if (page.appliesTo(Product.EXCHANGE_ONLINE.displayName())) {
                exo.add(CmdletMapper.map(page, Product.EXCHANGE_ONLINE, warnings));
                exoSections += (int) page.parameters().stream()
                        .filter(p -> CmdletMapper.appliesTo(page, p, Product.EXCHANGE_ONLINE)).count();
            }
            if (page.appliesTo(Product.SECURITY_COMPLIANCE.displayName())) {
                sc.add(CmdletMapper.map(page, Product.SECURITY_COMPLIANCE, warnings));
            }
        }
        Comparator<Cmdlet> byName = Comparator.comparing(Cmdlet::name, String.CASE_INSENSITIVE_ORDER);
        exo.sort(byName);
        sc.sort(byName);
        List<Parameter> exoParameters = exo.stream().flatMap(c -> c.parameters().stream()).toList();
        DocsCounts counts = new DocsCounts(pages.size(), exo.size(), sc.size(), sections, exoSections,
                exoParameters.size(), sc.stream().mapToInt(c -> c.parameters().size()).sum(),
                (int) exoParameters.stream().filter(Parameter::internal).count(),
                (int) exoParameters.stream().filter(Parameter::deprecated).count(),
                count(exoParameters, dev.exobindings.metadata.model.ValuesOrigin.DOCS_ACCEPTED_VALUES),
                count(exoParameters, dev.exobindings.metadata.model.ValuesOrigin.DOCS_PROSE));
        return new DocsImport(exo, sc, counts, warnings);
    }

    private static int count(List<Parameter> parameters, dev.exobindings.metadata.model.ValuesOrigin origin) {
        return (int) parameters.stream().filter(p -> p.valuesOrigin() == origin).count();
    }
}
