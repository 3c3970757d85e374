package dev.exobindings.metadata.diff;

import java.util.List;

/** Renders a {@link SnapshotDiff} as a Markdown report (LF line ends, no timestamps: same diff, same bytes). */
public final class DiffMarkdown {
    private DiffMarkdown() {
    }

    /** The report text. */
    public static String render(SnapshotDiff diff) {
        StringBuilder md = new StringBuilder();
        md.append("# Snapshot diff: ").append(code(diff.oldName())).append(" → ").append(code(diff.newName()))
                .append("\n\n");
        md.append(diff.summary()).append(".\n\n");
        md.append("| Change | Count |\n|---|---:|\n");
        md.append("| cmdlets added | ").append(diff.cmdletsAdded().size()).append(" |\n");
        md.append("| cmdlets removed | ").append(diff.cmdletsRemoved().size()).append(" |\n");
        for (ChangeKind kind : ChangeKind.values()) {
            md.append("| ").append(kind.label()).append(" | ").append(diff.count(kind)).append(" |\n");
        }
        cmdletList(md, "Cmdlets added", diff.cmdletsAdded());
        cmdletList(md, "Cmdlets removed", diff.cmdletsRemoved());
        if (!diff.cmdletsChanged().isEmpty()) {
            md.append("\n## Cmdlets changed\n");
            for (CmdletChanges cmdlet : diff.cmdletsChanged()) {
                md.append("\n### ").append(cmdlet.cmdlet()).append("\n\n");
                md.append("| Parameter | Change | Set | Before | After |\n|---|---|---|---|---|\n");
                for (ParameterChange change : cmdlet.changes()) {
                    md.append("| ").append(cell(change.parameter()))
                            .append(" | ").append(change.kind().label())
                            .append(" | ").append(cell(change.set()))
                            .append(" | ").append(cell(change.before()))
                            .append(" | ").append(cell(change.after())).append(" |\n");
                }
            }
        }
        if (diff.isEmpty()) {
            md.append("\nNo differences.\n");
        }
        return md.toString();
    }

    private static void cmdletList(StringBuilder md, String title, List<String> cmdlets) {
        if (cmdlets.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        for (String cmdlet : cmdlets) {
            md.append("- ").append(cmdlet).append('\n');
        }
    }

    private static String code(String text) {
        return "`" + text.replace("`", "'") + "`";
    }

    /** Table cells: an empty value becomes a dash; pipes would end the cell, so they are escaped. */
    private static String cell(String text) {
        return text == null || text.isEmpty() ? "–" : text.replace("|", "\\|");
    }
}
