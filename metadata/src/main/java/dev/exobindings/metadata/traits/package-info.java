/**
 * Per-cmdlet module traits (ShouldProcess, ConfirmImpact, batching, routing hint, HTTP timeout) from a
 * module-traits table, and their attachment to snapshot cmdlets.
 */
package dev.exobindings.metadata.traits;
