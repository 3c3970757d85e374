package dev.exobindings.metadata.merge;

/**
 * The kinds of disagreement between the module catalog and the docs. Each says which side the merge kept; the
 * order here is the order of the merge report.
 */
public enum ConflictKind {
    CMDLET_NAME_CASE("cmdlet name differs only in case (docs spelling kept)"),
    PARAMETER_ONLY_IN_DOCS("parameter only in docs (dropped: the service does not accept it)"),
    PARAMETER_ONLY_IN_CATALOG("parameter only in catalog (kept with the proxy type)"),
    PARAMETER_NAME_CASE("parameter name differs only in case (catalog spelling kept)"),
    TYPE("type conflict (docs type kept)"),
    SWITCH("switch conflict (catalog kept)"),
    MANDATORY("mandatory conflict (catalog kept)"),
    POSITION("position conflict, named vs positional (catalog kept)"),
    PIPELINE("pipeline conflict (catalog kept)"),
    SET_LIST("parameter-set list conflict (catalog sets kept)"),
    SET_MEMBERSHIP("set-membership conflict (catalog kept)"),
    DEFAULT_SET("default-set conflict (catalog kept)"),
    DEFAULT_SET_ONLY_IN_DOCS("default set only in docs (docs kept)"),
    DEFAULT_SET_UNUSABLE("default set names no set with parameters (dropped)"),
    VALUE_LIST("value-list conflict (catalog ValidateSet kept)"),
    ALIAS("alias conflict (catalog kept)");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    /** How the kind reads in the merge report. */
    public String label() {
        return label;
    }
}
