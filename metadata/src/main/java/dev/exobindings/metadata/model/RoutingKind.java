package dev.exobindings.metadata.model;

/** How the module turns a routing-hint parameter's value into an {@code X-AnchorMailbox} value. */
public enum RoutingKind {
    /** The value is a mailbox identity: an address gives {@code SMTP:…}, a GUID gives {@code MBX:…@tenant}. */
    MAILBOX_ID,
    /** The value is a folder identity {@code mailbox:\folder}: the part before the first {@code :} is a mailbox id. */
    FOLDER_ID
}
