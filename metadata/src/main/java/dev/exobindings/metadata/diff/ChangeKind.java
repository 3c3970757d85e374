package dev.exobindings.metadata.diff;

/** What one diff row reports. Declaration order is report order within a cmdlet. */
public enum ChangeKind {
    /** The cmdlet exists only in the new snapshot. */
    CMDLET_ADDED("cmdlet added"),
    /** The cmdlet exists only in the old snapshot: its class disappears. */
    CMDLET_REMOVED("cmdlet removed"),
    /** The service (catalog or capture) listed the cmdlet before and no longer does, though the docs still do. */
    CMDLET_DROPPED_BY_SERVICE("cmdlet dropped by the service"),
    /** A parameter set exists only in the new snapshot. */
    SET_ADDED("parameter set added"),
    /** A parameter set exists only in the old snapshot: its builder type disappears. */
    SET_REMOVED("parameter set removed"),
    /** A set with the same parameters has a new name. */
    SET_RENAMED("parameter set renamed"),
    /** The default parameter set changed. */
    DEFAULT_SET_CHANGED("default set changed"),
    /** The parameter exists only in the new snapshot. */
    PARAMETER_ADDED("parameter added"),
    /** The parameter exists only in the old snapshot. */
    PARAMETER_REMOVED("parameter removed"),
    /** A parameter was replaced by one the old name is an alias of (or the reverse), or one of identical shape. */
    PARAMETER_RENAMED("parameter renamed"),
    /** The declared type (or element type, or multi-valuedness) differs after spelling normalisation. */
    TYPE_CHANGED("type changed"),
    /** The parameter is in a set in both snapshots, but mandatory in one and optional in the other. */
    MANDATORY_CHANGED("mandatory changed"),
    /** The parameter joined or left a parameter set. */
    SET_MEMBERSHIP_CHANGED("set membership changed"),
    /** A value joined the parameter's closed value list. */
    ENUM_VALUE_ADDED("enum value added"),
    /** A value left the parameter's closed value list. */
    ENUM_VALUE_REMOVED("enum value removed"),
    /** The position within a set changed. */
    POSITION_CHANGED("position changed"),
    /** Pipeline binding (by value / by property name) within a set changed. */
    PIPELINE_CHANGED("pipeline binding changed"),
    /** The aliases changed. */
    ALIAS_CHANGED("aliases changed");

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
