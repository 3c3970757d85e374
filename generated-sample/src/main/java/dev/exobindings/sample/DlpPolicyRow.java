package dev.exobindings.sample;

/** The columns of a DLP compliance policy the sample reads ({@code $select=Name,Mode,Enabled}). */
public record DlpPolicyRow(String name, String mode, boolean enabled) {
}
