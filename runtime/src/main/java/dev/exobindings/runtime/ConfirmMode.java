package dev.exobindings.runtime;

/**
 * How a ShouldProcess cmdlet (one that supports -Confirm/-WhatIf) is sent. Cmdlets without ShouldProcess ignore it.
 * {@link ExchangeClient#invoke(CmdletRequest)} picks one as the module does (see {@link CmdletDescriptor}):
 * {@link #NONE} for Medium/Low impact, {@link #EXECUTE} or the validation flow for High impact.
 */
public enum ConfirmMode {
    /** No {@code Confirm} key: the module's call for a cmdlet whose impact is below {@code $ConfirmPreference}. */
    NONE,
    /** Run it: {@code "Confirm": false} is added, as headless clients of the service do. */
    EXECUTE,
    /** The module's validation call: {@code "Confirm": true}; the service answers with a confirmation message. */
    VALIDATE,
    /** {@code "WhatIf": true}: the service describes what would happen and changes nothing. */
    WHAT_IF
}
