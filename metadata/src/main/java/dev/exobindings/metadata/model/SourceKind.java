package dev.exobindings.metadata.model;

/** The inputs a cmdlet or snapshot can come from. Serialised in lower case. */
public enum SourceKind {
    /** platyPS markdown reference pages (MicrosoftDocs/office-docs-powershell). */
    DOCS,
    /** The module catalog the service exposes (EXOModuleFile proxy module, captured by go-exoscc). */
    CATALOG,
    /** A live capture of a tenant's EXOModuleFile. */
    CAPTURE
}
