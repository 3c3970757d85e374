package dev.exobindings.metadata.docs;

import java.util.List;

/**
 * One SYNTAX code block (one parameter set).
 *
 * @param setName   the {@code ### SetName} header above the block, or {@code null} when there is none
 * @param isDefault whether the header carries {@code (Default)}
 * @param line      1-based line of the block's opening fence
 * @param entries   the parameters of the block in written order, first occurrence of each name only
 */
public record SyntaxBlock(String setName, boolean isDefault, int line, List<SyntaxEntry> entries) {
    public SyntaxBlock {
        entries = List.copyOf(entries);
    }
}
