package dev.exobindings.metadata.diff;

import java.util.Objects;

/**
 * One difference between two snapshots, labelled for code that uses the generated bindings.
 *
 * @param cmdlet    the cmdlet (as spelled in the new snapshot when it exists there)
 * @param parameter the parameter, or {@code null} for a cmdlet- or set-level row
 * @param set       the parameter set concerned, or {@code null}
 * @param kind      what changed
 * @param before    the old value, or {@code null}
 * @param after     the new value, or {@code null}
 * @param breaking  whether code compiled against the old bindings may stop compiling or working
 * @param why       one phrase saying why it is (not) breaking for Java callers
 */
public record DiffRow(String cmdlet, String parameter, String set, ChangeKind kind, String before, String after,
                      boolean breaking, String why) {
    public DiffRow {
        Objects.requireNonNull(cmdlet, "cmdlet");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
    }
}
