package dev.exobindings.metadata.model;

/** Where a parameter's closed value list came from. */
public enum ValuesOrigin {
    /** No closed list is known. */
    NONE,
    /** {@code [ValidateSet]} in the service's module catalog. */
    VALIDATE_SET,
    /** An {@code Accepted values:} line in a docs yaml block. */
    DOCS_ACCEPTED_VALUES,
    /** A "valid values" list in the docs prose that names a real enum. */
    DOCS_PROSE
}
