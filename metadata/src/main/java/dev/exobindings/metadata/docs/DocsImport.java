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
 */
public record DocsImport(List<Cmdlet> exchangeOnline, List<Cmdlet> securityCompliance, DocsCounts counts) {
    public DocsImport {
        exchangeOnline = List.copyOf(exchangeOnline);
        securityCompliance = List.copyOf(securityCompliance);
        Objects.requireNonNull(counts, "counts");
    }
}
