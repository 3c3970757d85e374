package dev.exobindings.metadata.diff;

import java.util.List;
import java.util.Objects;

/**
 * Everything that differs between two snapshots, one labelled row per difference, and, when their CSDL documents
 * were compared too, between the result models generated from them.
 *
 * @param oldName name of the old snapshot (its header name or the file it came from)
 * @param newName name of the new snapshot
 * @param rows    the differences, sorted by cmdlet, parameter (cmdlet- and set-level rows first), kind, set
 * @param models  the result-model differences ({@link CsdlDiffer}), empty when no CSDL was compared or none differ
 * @param modelsCompared whether CSDL documents were compared: the reports then always say what the models did, even
 *                       "no change", so a reader can tell "compared, unchanged" from "not compared"
 */
public record SnapshotDiff(String oldName, String newName, List<DiffRow> rows, List<ModelDiffRow> models,
                           boolean modelsCompared) {
    /**
     * Exit code of a CI check that found breaking changes and was told to fail on them: 1, "findings", as the
     * command line tool's {@code diff --fail-on-breaking} exits (3 there is a failure to compare at all).
     */
    public static final int EXIT_BREAKING = 1;

    public SnapshotDiff {
        Objects.requireNonNull(oldName, "oldName");
        Objects.requireNonNull(newName, "newName");
        rows = List.copyOf(rows);
        models = List.copyOf(models);
        if (!models.isEmpty() && !modelsCompared) {
            throw new IllegalArgumentException("model rows without a model comparison");
        }
    }

    /** With model rows: compared when there are any (use {@link #withModels} for a comparison that found none). */
    public SnapshotDiff(String oldName, String newName, List<DiffRow> rows, List<ModelDiffRow> models) {
        this(oldName, newName, rows, models, !models.isEmpty());
    }

    /** The cmdlet differences alone. */
    public SnapshotDiff(String oldName, String newName, List<DiffRow> rows) {
        this(oldName, newName, rows, List.of(), false);
    }

    /**
     * This diff with the result-model differences of the two snapshots' CSDL documents; {@link #modelsCompared()}
     * is then true even when {@code modelRows} is empty.
     */
    public SnapshotDiff withModels(List<ModelDiffRow> modelRows) {
        return new SnapshotDiff(oldName, newName, rows, modelRows, true);
    }

    /** Whether the two snapshots (and CSDL documents, if compared) describe the same cmdlets, parameters, models. */
    public boolean isEmpty() {
        return rows.isEmpty() && models.isEmpty();
    }

    /** The breaking result-model rows. */
    public List<ModelDiffRow> breakingModels() {
        return models.stream().filter(ModelDiffRow::breaking).toList();
    }

    /** Rows of one kind. */
    public List<DiffRow> rows(ChangeKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Number of rows of one kind. */
    public long count(ChangeKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }

    /** Cmdlets only in the new snapshot. */
    public List<String> cmdletsAdded() {
        return rows(ChangeKind.CMDLET_ADDED).stream().map(DiffRow::cmdlet).toList();
    }

    /** Cmdlets only in the old snapshot. */
    public List<String> cmdletsRemoved() {
        return rows(ChangeKind.CMDLET_REMOVED).stream().map(DiffRow::cmdlet).toList();
    }

    /** The breaking cmdlet rows (the model rows: {@link #breakingModels()}). */
    public List<DiffRow> breaking() {
        return rows.stream().filter(DiffRow::breaking).toList();
    }

    /** Whether any row, of a cmdlet or of a model, is breaking. */
    public boolean hasBreaking() {
        return rows.stream().anyMatch(DiffRow::breaking) || models.stream().anyMatch(ModelDiffRow::breaking);
    }

    /**
     * The exit code for a CI step: {@value #EXIT_BREAKING} when {@code failOnBreaking} and a row is breaking, else 0.
     */
    public int exitCode(boolean failOnBreaking) {
        return failOnBreaking && hasBreaking() ? EXIT_BREAKING : 0;
    }

    /**
     * One line: {@code 12 change(s), 3 breaking: 2 cmdlet(s) added, 1 removed}, and when models were compared
     * {@code ; result models: 4 change(s), 1 breaking} (also {@code 0 change(s), 0 breaking}).
     */
    public String summary() {
        String cmdlets = rows.size() + " change(s), " + breaking().size() + " breaking: " + cmdletsAdded().size()
                + " cmdlet(s) added, " + (cmdletsRemoved().size() + count(ChangeKind.CMDLET_DROPPED_BY_SERVICE))
                + " removed or dropped by the service";
        return !modelsCompared ? cmdlets : cmdlets + "; result models: " + models.size() + " change(s), "
                + breakingModels().size() + " breaking";
    }
}
