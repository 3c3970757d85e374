package dev.exobindings.maven;

import dev.exobindings.generator.GenerationReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/**
 * Turns a {@link GenerationReport} into log output: exactly one summary line, then at most
 * {@link #WARNINGS_SHOWN} warnings and a count of the rest (the full list is written beside the record), so a
 * snapshot with hundreds of fallbacks does not flood the build log.
 */
final class RunSummary {
    static final int WARNINGS_SHOWN = 5;
    /** How the generator's warning for an empty selection starts (CodeGenerator). */
    private static final String NOTHING_MATCHED = "No cmdlet matched the include/exclude globs";

    private RunSummary() {
    }

    static String line(String executionId, GenerateSettings settings, GenerationReport report) {
        // Client-side cmdlets (Connect-ExchangeOnline, Get-EXOMailbox…) are not generated: counted here, named with
        // their reason in GenerationReport.excludedCmdlets.
        String excluded = report.excludedCmdlets().isEmpty() ? ""
                : " (" + report.excludedCmdlets().size() + " client-side cmdlets not generated)";
        return String.format(Locale.ROOT,
                "exo-bindings [%s]: %d cmdlets%s, %d parameters from %s into %s: %d files written, %d unchanged, "
                        + "%d deleted in %.1f s",
                executionId, report.cmdlets(), excluded, report.parameters(), settings.snapshot().label(),
                settings.packageName(), report.filesWritten(), report.filesUnchanged(), report.filesDeleted(),
                report.elapsed().toMillis() / 1000.0);
    }

    static String upToDate(String executionId, GenerateSettings settings, long elapsedMillis) {
        return String.format(Locale.ROOT,
                "exo-bindings [%s]: up to date (%s, package %s), no file touched (checked in %.1f s)",
                executionId, settings.snapshot().label(), settings.packageName(), elapsedMillis / 1000.0);
    }

    /**
     * Notes are the generator's decisions about the snapshot's facts (enum unions, unknown types as String): nothing
     * the build's owner can fix, so one INFO line naming the file that lists them, never a WARNING.
     */
    static void logNotes(Log log, String executionId, List<String> notes, Path fullList) {
        if (!notes.isEmpty()) {
            log.info("exo-bindings [" + executionId + "]: " + notes.size() + " note(s) on how the snapshot's facts "
                    + "were mapped, listed in " + fullList);
        }
    }

    /** Warnings need the user (globs that match nothing, a foreign file in the output): each is logged, up to a few. */
    static void logWarnings(Log log, GenerationReport report) {
        logWarnings(log, warnings(report));
    }

    /**
     * The report's warnings, where "no cmdlet matched" is said precisely when the globs did match, but only
     * client-side cmdlets: the summary line counts those as "not generated", and the warning must not contradict it.
     */
    static List<String> warnings(GenerationReport report) {
        if (report.cmdlets() > 0 || report.excludedCmdlets().isEmpty()) {
            return report.warnings();
        }
        String onlyClientSide = "The include/exclude globs matched only client-side cmdlets "
                + report.excludedCmdlets().keySet() + ", which are not generated (they run in the PowerShell module on "
                + "the client, not through the service's InvokeCommand); only the empty catalog was generated. Fix: "
                + "include the service cmdlets you call, e.g. Get-Mailbox.";
        return report.warnings().stream().map(w -> w.startsWith(NOTHING_MATCHED) ? onlyClientSide : w).toList();
    }

    static void logWarnings(Log log, List<String> warnings) {
        warnings.stream().limit(WARNINGS_SHOWN).forEach(w -> log.warn("exo-bindings: " + w));
        if (warnings.size() > WARNINGS_SHOWN) {
            log.warn("exo-bindings: ... and " + (warnings.size() - WARNINGS_SHOWN) + " more warning(s)");
        }
    }
}
