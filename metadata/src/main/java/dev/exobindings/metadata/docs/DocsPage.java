package dev.exobindings.metadata.docs;

import java.util.List;

/**
 * One parsed platyPS page, product-independent: the raw facts of the page after tolerant parsing, before
 * they are mapped to a product's {@link dev.exobindings.metadata.model.Cmdlet}. Holds no description prose.
 *
 * @param fileName         the page's file name (for messages)
 * @param title            the cmdlet name from the {@code # Title} heading
 * @param documentationUrl the front matter {@code online version:} value, or {@code null}
 * @param applicable       the front matter {@code applicable:} tokens
 * @param syntaxBlocks     the SYNTAX code blocks in page order
 * @param parameters       the {@code ### -Name} sections in page order (duplicates kept as written)
 */
public record DocsPage(String fileName, String title, String documentationUrl, List<String> applicable,
                       List<SyntaxBlock> syntaxBlocks, List<DocsParameter> parameters) {
    public DocsPage {
        applicable = List.copyOf(applicable);
        syntaxBlocks = List.copyOf(syntaxBlocks);
        parameters = List.copyOf(parameters);
    }

    /** Whether the front matter lists {@code product} as a whole token. */
    public boolean appliesTo(String product) {
        return applicable.contains(product);
    }
}
