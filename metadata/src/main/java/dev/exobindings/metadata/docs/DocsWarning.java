package dev.exobindings.metadata.docs;

import java.util.Objects;

/**
 * Something the docs importer passed over or decided against one of the page's own statements. Nothing is dropped
 * silently: every warning reaches the merge report, and the regeneration tool prints one summary line.
 *
 * @param fileName the page
 * @param line     1-based line the warning is about (0 when it concerns the whole page)
 * @param product  the product the decision was made for, or {@code null} when it concerns every product
 * @param kind     what happened
 * @param detail   the facts (names, types), never description prose
 */
public record DocsWarning(String fileName, int line, String product, Kind kind, String detail) {
    /** What the importer did. */
    public enum Kind {
        /** A page that is no cmdlet page (a module landing page) was skipped. */
        PAGE_SKIPPED("page skipped"),
        /** A page without a front matter {@code applicable:} took its products from its parameters. */
        PAGE_APPLICABILITY_FROM_PARAMETERS("page applicability taken from its parameters"),
        /** A parameter section was not imported (a repeated heading, a common parameter). */
        PARAMETER_DROPPED("parameter dropped"),
        /** The yaml type disagreed with the syntax and the text; the syntax type was kept. */
        TYPE_FROM_SYNTAX("yaml type overruled by the syntax"),
        /** A parameter set that needs a parameter the product does not have was dropped. */
        SET_DROPPED("parameter set dropped");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** Human-readable label used in reports. */
        public String label() {
            return label;
        }
    }

    public DocsWarning {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** One report line: {@code file:line: label [product]: detail}. */
    public String reportLine() {
        return fileName + (line > 0 ? ":" + line : "") + ": " + kind.label()
                + (product == null ? "" : " [" + product + "]") + ": " + detail;
    }
}
