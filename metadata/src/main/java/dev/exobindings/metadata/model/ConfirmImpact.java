package dev.exobindings.metadata.model;

/**
 * A cmdlet's {@code ConfirmImpact}, as its {@code CmdletBinding} declares it. The module prompts (sends a validation
 * call with {@code "Confirm": true}) only when the impact is at least the caller's {@code $ConfirmPreference}, which
 * is {@link #HIGH} by default.
 */
public enum ConfirmImpact {
    NONE,
    LOW,
    MEDIUM,
    HIGH
}
