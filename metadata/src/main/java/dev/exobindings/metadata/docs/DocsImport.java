package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;

import java.util.List;
import java.util.Objects;

/**
 * Result of importing the docs folder.
 *
 * @param exchangeOnline     one cmdlet per page applicable to Exchange Online, only its Exchange Online parameters,
 *                           sorted by name (case-insensitive)
 * @param securityCompliance one cmdlet per page applicable to Security &amp; Compliance, only its S&amp;C parameters,
 *                           sorted by name (case-insensitive)
 * @param counts             what was read
 * @param warnings           every page skipped, parameter dropped and rule that decided against the page, in page
 *                           order
 */
public record DocsImport(List<Cmdlet> exchangeOnline, List<Cmdlet> securityCompliance, DocsCounts counts,
                         List<DocsWarning> warnings) {
    public DocsImport {
        exchangeOnline = List.copyOf(exchangeOnline);
        securityCompliance = List.copyOf(securityCompliance);
        Objects.requireNonNull(counts, "counts");
        warnings = List.copyOf(warnings);
    }

    /** The warnings that concern {@code product} (or every product), as report lines. */
    public List<String> warningLines(String product) {
        return warnings.stream().filter(w -> w.product() == null || w.product().equals(product))
                .map(DocsWarning::reportLine).toList();
    }

    /** One line: how many warnings of each kind, e.g. {@code 2 warnings: 1 page skipped, 1 parameter set dropped}. */
    public String warningSummary() {
        java.util.Map<DocsWarning.Kind, Long> byKind = new java.util.EnumMap<>(DocsWarning.Kind.class);
        warnings.forEach(w -> byKind.merge(w.kind(), 1L, Long::sum));
        StringBuilder out = new StringBuilder(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"));
        String separator = ": ";
        for (java.util.Map.Entry<DocsWarning.Kind, Long> kind : byKind.entrySet()) {
            out.append(separator).append(kind.getValue()).append(' ').append(kind.getKey().label());
            separator = ", ";
        }
        return out.toString();
    }
}
