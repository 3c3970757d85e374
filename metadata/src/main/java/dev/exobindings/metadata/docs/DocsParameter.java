package dev.exobindings.metadata.docs;

import java.util.List;

/**
 * One {@code ### -Name} section of a page.
 *
 * @param name        the name from the heading
 * @param line        1-based line of the heading
 * @param applicable  the parameter's applicability tokens: the first yaml block's {@code Applicable:} key if
 *                    present (older layout), else the {@code > Applicable:} line, else {@code null}
 * @param yamlBlocks  the yaml blocks (usually one; a few parameters have one per group of sets)
 * @param proseValues identifier-like values of a "Valid values" list in the description that names a closed
 *                    value set; empty when none
 * @param internal    the description says the parameter is reserved for Microsoft's internal use
 * @param deprecated  the description says the parameter is deprecated
 */
public record DocsParameter(String name, int line, List<String> applicable, List<YamlBlock> yamlBlocks,
                            List<String> proseValues, boolean internal, boolean deprecated) {
    public DocsParameter {
        applicable = applicable == null ? null : List.copyOf(applicable);
        yamlBlocks = List.copyOf(yamlBlocks);
        proseValues = List.copyOf(proseValues);
    }

    /** The first yaml block: the one that gives type, aliases and applicability. */
    public YamlBlock firstBlock() {
        return yamlBlocks.get(0);
    }
}
