package dev.exobindings.generator;

import dev.exobindings.generator.typed.ResultTypesReport;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one generator run did.
 *
 * @param cmdlets              cmdlets generated (after include/exclude filters)
 * @param parameters           parameters of those cmdlets
 * @param filesWritten         files created or changed
 * @param filesUnchanged       files whose content was already identical (not touched)
 * @param filesDeleted         stale files from an earlier run removed
 * @param unknownTypeFallbacks parameters whose Exchange type was unknown and fell back to String
 * @param notes                what the generator decided about the snapshot's facts (an enum built from the union of
 *                             differing value lists, an unknown type mapped to String…): worth reading when writing a
 *                             snapshot, nothing a user of a bundled snapshot can act on
 * @param warnings             what the user should act on (no cmdlet matched the globs, a file in the output folder
 *                             left alone because it is not the generator's)
 * @param elapsed              wall time of the run
 * @param results              typed results: models, mapped cmdlets, unmapped Get cmdlets, enum values from CSDL
 * @param excludedCmdlets      selected cmdlets not generated, with the reason (client-side cmdlets InvokeCommand
 *                             cannot run), in snapshot order
 * @param droppedSets          parameter sets not generated because no parameter can select them, as
 *                             {@code Cmdlet [Set]: reason}
 */
public record GenerationReport(int cmdlets, int parameters, int filesWritten, int filesUnchanged, int filesDeleted,
                               int unknownTypeFallbacks, List<String> notes, List<String> warnings, Duration elapsed,
                               ResultTypesReport results, Map<String, String> excludedCmdlets,
                               List<String> droppedSets) {
    public GenerationReport {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        results = results == null ? ResultTypesReport.none() : results;
        excludedCmdlets = Collections.unmodifiableMap(new LinkedHashMap<>(excludedCmdlets));
        droppedSets = List.copyOf(droppedSets);
    }

    /** A report without typed results, excluded cmdlets or dropped sets. */
    public GenerationReport(int cmdlets, int parameters, int filesWritten, int filesUnchanged, int filesDeleted,
                            int unknownTypeFallbacks, List<String> warnings, Duration elapsed) {
        this(cmdlets, parameters, filesWritten, filesUnchanged, filesDeleted, unknownTypeFallbacks, List.of(), warnings,
                elapsed, ResultTypesReport.none(), Map.of(), List.of());
    }
}
