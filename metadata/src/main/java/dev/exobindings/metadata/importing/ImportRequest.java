package dev.exobindings.metadata.importing;

import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Source;
import java.nio.file.Path;
import java.util.List;

/**
 * What to import and how to label the result. At least one of {@code catalog} and {@code docs} is given; the header
 * records exactly {@code name}, {@code product}, {@code captureDate} and {@code sources}, so each input needs a
 * source of its kind.
 *
 * @param name         snapshot name ({@code a-z0-9} words joined by {@code -})
 * @param product      the product every imported cmdlet belongs to
 * @param captureDate  when the inputs were captured, {@code yyyy-MM-dd}
 * @param sources      where the inputs come from (kind, repository, commit, path, licence)
 * @param catalog      a module catalog file (go-exoscc extractor shape, any file name), or {@code null}
 * @param docs         a folder of platyPS reference pages, or {@code null}
 * @param moduleTraits a module-traits table ({@code ModuleTraitsTable} format), or {@code null} for unknown traits
 */
public record ImportRequest(String name, Product product, String captureDate, List<Source> sources, Path catalog,
                            Path docs, Path moduleTraits) {
    public ImportRequest {
        sources = List.copyOf(sources == null ? List.of() : sources);
    }
}
