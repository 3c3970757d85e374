package dev.exobindings.capture.psm1;

/**
 * A proxy's {@code [CmdletBinding(…)]}.
 *
 * @param defaultParameterSet   {@code DefaultParameterSetName}, or {@code null}
 * @param supportsShouldProcess {@code SupportsShouldProcess}
 * @param confirmImpact         {@code ConfirmImpact} ({@code High}, {@code Medium}, {@code Low}, {@code None}) or
 *                              {@code null} when not declared
 */
public record CmdletBindingInfo(String defaultParameterSet, boolean supportsShouldProcess, String confirmImpact) {
}
