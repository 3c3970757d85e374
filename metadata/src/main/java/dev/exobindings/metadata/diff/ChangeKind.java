package dev.exobindings.metadata.diff;

/** What changed about one parameter of a cmdlet present in both snapshots. Declaration order is report order. */
public enum ChangeKind {
    /** The parameter exists only in the new snapshot. */
    PARAMETER_ADDED("parameter added"),
    /** The parameter exists only in the old snapshot. */
    PARAMETER_REMOVED("parameter removed"),
    /** The declared type (or element type, or multi-valuedness) differs. */
    TYPE_CHANGED("type changed"),
    /** The parameter is in a set in both snapshots, but mandatory in one and optional in the other. */
    MANDATORY_CHANGED("mandatory changed"),
    /** The parameter joined or left a parameter set. */
    SET_MEMBERSHIP_CHANGED("set membership changed");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** Human-readable label used in reports. */
    public String label() {
        return label;
    }

    /** Stable identifier used in the JSON report, e.g. {@code type-changed}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
