package dev.exobindings.runtime;

/**
 * How a ShouldProcess cmdlet (one that supports -Confirm/-WhatIf) is sent. Cmdlets without ShouldProcess ignore it.
 */
public enum ConfirmMode {
    /** Run it: {@code "Confirm": false} is added, as headless clients of the service do. */
    EXECUTE,
    /** The module's validation call: {@code "Confirm": true}; the service answers with a confirmation message. */
    VALIDATE,
    /** {@code "WhatIf": true}: the service describes what would happen and changes nothing. */
    WHAT_IF
}
