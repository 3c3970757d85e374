package dev.exobindings.metadata.merge;

/**
 * One disagreement found while merging.
 *
 * @param kind      what disagreed
 * @param cmdlet    the cmdlet (merged spelling)
 * @param parameter the parameter, or {@code null} for a cmdlet-level conflict
 * @param detail    both sides' values, e.g. {@code docs String, catalog Boolean}
 */
public record Conflict(ConflictKind kind, String cmdlet, String parameter, String detail) {
    /** One report line: {@code [kind] Cmdlet -Parameter: detail}. */
    public String line() {
        return "[" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "] " + cmdlet
                + (parameter == null ? "" : " -" + parameter) + ": " + detail;
    }
}
