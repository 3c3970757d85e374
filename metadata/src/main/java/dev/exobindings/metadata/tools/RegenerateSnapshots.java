package dev.exobindings.metadata.tools;

import dev.exobindings.metadata.docs.DocsCounts;
import dev.exobindings.metadata.io.SnapshotWriter;
import dev.exobindings.metadata.merge.ConflictKind;
import dev.exobindings.metadata.merge.MergeReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rewrites the bundled snapshots and merge reports from the shared inputs and prints the counts.
 *
 * <pre>java dev.exobindings.metadata.tools.RegenerateSnapshots &lt;shared dir&gt; &lt;output dir&gt; [--capture-date yyyy-MM-dd]</pre>
 *
 * The capture date defaults to the later of the inputs' dates, read from their {@code SOURCE.md}.
 *
 * Everything is built in memory first; on any error nothing is written, the message goes to stderr (no stack
 * trace) and the exit code is 1 (2 for wrong arguments).
 */
public final class RegenerateSnapshots {
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private RegenerateSnapshots() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the tool and returns its exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        String captureDate = null;
        if (args.length == 4 && args[2].equals("--capture-date") && DATE.matcher(args[3]).matches()) {
            captureDate = args[3];
        } else if (args.length != 2) {
            err.println("usage: RegenerateSnapshots <shared dir> <output dir> [--capture-date yyyy-MM-dd]");
            return 2;
        }
        long start = System.nanoTime();
        Map<String, String> files;
        AssembledSnapshots assembled;
        try {
            assembled = SnapshotAssembler.assemble(Path.of(args[0]), captureDate);
            files = assembled.files();
        } catch (RuntimeException e) {
            err.println("snapshot regeneration failed, nothing written: " + e.getMessage());
            return 1;
        }
        Path output = Path.of(args[1]);
        try {
            files.forEach((name, text) -> SnapshotWriter.writeAtomically(output.resolve(name), text));
        } catch (RuntimeException e) {
            err.println("snapshot regeneration failed while writing: " + e.getMessage());
            return 1;
        }
        printCounts(assembled, out);
        files.keySet().forEach(name -> out.println("wrote " + output.resolve(name)));
        out.printf("done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        return 0;
    }

    private static void printCounts(AssembledSnapshots assembled, PrintStream out) {
        DocsCounts docs = assembled.docsCounts();
        out.println("docs pages: " + docs.pages() + " (Exchange Online " + docs.exchangeOnlinePages()
                + ", Security & Compliance " + docs.securityCompliancePages() + ")");
        out.println("docs Exchange Online parameter sections: " + docs.exchangeOnlineParameterSections()
                + ", Exchange Online parameters: " + docs.exchangeOnlineParameters());
        out.println("docs importer: " + assembled.docsWarningSummary() + " (each listed under 'Importer notes' in the"
                + " merge reports)");
        out.println("catalog cmdlets: " + assembled.catalogCmdlets());
        report("exchange-online", assembled.exchangeOnlineReport(), out);
        report("security-compliance", assembled.securityComplianceReport(), out);
        out.println("exchange-online cmdlets with module traits: "
                + assembled.exchangeOnline().header().counts().get("cmdletsWithTraits"));
    }

    private static void report(String name, MergeReport report, PrintStream out) {
        out.println(name + ": " + report.cmdlets() + " cmdlets (both " + report.inBothSources().size()
                + ", catalog only " + report.onlyInCatalog().size() + ", docs only " + report.onlyInDocs().size()
                + "), " + report.parameters() + " parameters, " + report.conflicts().size() + " conflicts");
        for (Map.Entry<ConflictKind, Integer> kind : report.countsByKind().entrySet()) {
            if (kind.getValue() > 0) {
                out.printf("  %6d  %s%n", kind.getValue(), kind.getKey().label());
            }
        }
    }
}
