package dev.exobindings.metadata.docs;

import java.util.List;

/**
 * One {@code ### -Name} section of a page.
 *
 * @param name        the name from the heading
 * @param line        1-based line of the heading
 * @param applicable  the parameter's applicability tokens: every product the yaml blocks' {@code Applicable:} keys
 *                    name (older layout), else the {@code > Applicable:} line, else {@code null}
 * @param yamlBlocks  the yaml blocks (usually one; a few parameters have one per group of sets)
 * @param proseValues identifier-like values of a "Valid values" list in the description that names a closed
 *                    value set, before the type check (the mapper drops them for types that hold no enum); empty
 *                    when none
 * @param internal    the description says the parameter is reserved for Microsoft's internal use
 * @param deprecated  the description says the parameter is deprecated
 * @param multipleValues the description says the parameter takes several values (e.g. "separated by commas")
 * @param integerValue   the description says the value is an integer
 */
public record DocsParameter(String name, int line, List<String> applicable, List<YamlBlock> yamlBlocks,
                            List<String> proseValues, boolean internal, boolean deprecated,
                            boolean multipleValues, boolean integerValue) {
    public DocsParameter {
        applicable = applicable == null ? null : List.copyOf(applicable);
        yamlBlocks = List.copyOf(yamlBlocks);
        proseValues = List.copyOf(proseValues);
    }

    /** The first yaml block: the one that gives type and aliases when no block names a product. */
    public YamlBlock firstBlock() {
        return yamlBlocks.get(0);
    }

    /**
     * The yaml blocks that apply to {@code product}: in the older layout only the blocks whose own
     * {@code Applicable:} key names it; when no block carries the key, all of them.
     */
    public List<YamlBlock> blocksFor(String product) {
        if (yamlBlocks.stream().allMatch(b -> b.applicable() == null)) {
            return yamlBlocks;
        }
        return yamlBlocks.stream().filter(b -> b.applicable() == null || b.applicable().contains(product)).toList();
    }
}
