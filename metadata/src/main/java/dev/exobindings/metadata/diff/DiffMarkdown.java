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
        md.append("| Change | Rows | Breaking |\n|---|---:|---:|\n");
        for (ChangeKind kind : ChangeKind.values()) {
            List<DiffRow> rows = diff.rows(kind);
            md.append("| ").append(kind.label()).append(" | ").append(rows.size()).append(" | ")
                    .append(rows.stream().filter(DiffRow::breaking).count()).append(" |\n");
        }
        table(md, "Breaking changes", diff.breaking());
        table(md, "Other changes", diff.rows().stream().filter(r -> !r.breaking()).toList());
        modelTable(md, diff);
        if (diff.isEmpty()) {
            md.append("\nNo differences.\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, String title, List<DiffRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        md.append("| Cmdlet | Parameter | Set | Change | Before | After | Why |\n|---|---|---|---|---|---|---|\n");
        for (DiffRow row : rows) {
            md.append("| ").append(cell(row.cmdlet()))
                    .append(" | ").append(cell(row.parameter()))
                    .append(" | ").append(cell(row.set()))
                    .append(" | ").append(row.kind().label())
                    .append(" | ").append(cell(row.before()))
                    .append(" | ").append(cell(row.after()))
                    .append(" | ").append(cell(row.why())).append(" |\n");
        }
    }

    /**
     * The result-model rows ($metadata), breaking ones first; when CSDL was compared and nothing differs, the section
     * says so; nothing when no CSDL was compared.
     */
    private static void modelTable(StringBuilder md, SnapshotDiff diff) {
        if (!diff.modelsCompared()) {
            return;
        }
        List<ModelDiffRow> rows = diff.models();
        md.append("\n## Result models ($metadata)\n\n");
        if (rows.isEmpty()) {
            md.append("No change: the two $metadata documents define the same result models and enum members.\n");
            return;
        }
        md.append("| Type | Member | Change | Before | After | Breaking | Why |\n|---|---|---|---|---|---|---|\n");
        List<ModelDiffRow> ordered = new java.util.ArrayList<>(rows.stream().filter(ModelDiffRow::breaking).toList());
        ordered.addAll(rows.stream().filter(r -> !r.breaking()).toList());
        for (ModelDiffRow row : ordered) {
            md.append("| ").append(cell(row.type()))
                    .append(" | ").append(cell(row.member()))
                    .append(" | ").append(row.kind().label())
                    .append(" | ").append(cell(row.before()))
                    .append(" | ").append(cell(row.after()))
                    .append(" | ").append(row.breaking() ? "yes" : "no")
                    .append(" | ").append(cell(row.why())).append(" |\n");
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
