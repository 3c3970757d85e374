package dev.exobindings.metadata.diff;

import java.util.Objects;

/**
 * One difference between two CSDL documents ({@code $metadata}), labelled for code that uses the generated result
 * models.
 *
 * @param type     the qualified CSDL type (structured or enum), e.g. {@code Exchange.Mailbox}
 * @param member   the property or enum member, or {@code null} for a type-level row
 * @param kind     what changed
 * @param before   the old value, or {@code null}
 * @param after    the new value, or {@code null}
 * @param breaking whether code compiled against the old models may stop compiling
 * @param why      one phrase saying why it is (not) breaking for Java callers
 */
public record ModelDiffRow(String type, String member, ModelChangeKind kind, String before, String after,
                           boolean breaking, String why) {
    public ModelDiffRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
    }
}
