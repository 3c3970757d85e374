package dev.exobindings.metadata.diff;

import dev.exobindings.metadata.model.Cmdlet;

/**
 * Names the Java builder type the generator makes for a parameter set, so set rows can say which type changes name.
 * The metadata module knows no Java naming; the generator provides one ({@code GeneratedNames} in the generator
 * module). {@link #NONE} leaves the names out.
 */
@FunctionalInterface
public interface JavaNaming {
    /** Without Java names: every set rename counts as breaking. */
    JavaNaming NONE = (cmdlet, set) -> null;

    /** The builder type of {@code set} of {@code cmdlet}, e.g. {@code GetMailbox.IdentitySet}, or {@code null}. */
    String builderType(Cmdlet cmdlet, String set);
}
