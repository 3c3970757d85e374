package dev.exobindings.capture.psm1;

/** The rule a proxy's routing-hint delegate applies to its parameter's value. */
public enum RoutingRule {
    /** An address gives {@code SMTP:…}, a GUID {@code MBX:…@tenant}. */
    MAILBOX_ID,
    /** The part before the first {@code :} is a mailbox id. */
    FOLDER_ID
}
