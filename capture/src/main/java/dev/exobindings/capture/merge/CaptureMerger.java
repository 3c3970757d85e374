package dev.exobindings.capture.merge;

import dev.exobindings.metadata.data.ClientSideCmdlets;
import dev.exobindings.metadata.merge.MergeResult;
import dev.exobindings.metadata.merge.SnapshotMerger;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges captured cmdlets with the docs facts of a snapshot through the metadata merge: the capture takes the
 * catalog's role (which parameters exist, sets, mandatory, positions, pipeline, ValidateSet, aliases, default set),
 * the docs keep theirs (declared types, prose value lists, documentation URL, flags). Cmdlets only the docs list
 * are reported, not kept: the snapshot describes what this service offers; the module's client-side cmdlets, which
 * its text never carries, are kept as the docs snapshot has them. Every fact gets a {@link Provenance}.
 */
public final class CaptureMerger {
    private CaptureMerger() {
    }

    /**
     * @param captured the captured cmdlets (source {@code capture})
     * @param docsFrom the snapshot whose docs facts to use (cmdlets with source {@code docs})
     */
    public static CaptureMerge merge(String snapshotName, Product product, String origin, List<Cmdlet> captured,
                                     List<Cmdlet> docsFrom, List<String> notes) {
        List<Cmdlet> docs = DocsFacts.of(docsFrom);
        MergeResult merged = SnapshotMerger.merge(snapshotName, product, captured, docs, notes);
        List<Cmdlet> kept = new ArrayList<>();
        List<Provenance> provenance = new ArrayList<>();
        // the module's client-side cmdlets are never in its text, whatever the caller's roles: not absent, kept as
        // the docs snapshot describes them
        List<String> clientSide = merged.report().onlyInDocs().stream()
                .filter(name -> ClientSideCmdlets.reason(name).isPresent()).toList();
        List<String> absent = merged.report().onlyInDocs().stream().filter(name -> !clientSide.contains(name))
                .toList();
        List<String> typesKept = new ArrayList<>();
        Map<String, Cmdlet> earlierByName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        docsFrom.forEach(d -> earlierByName.putIfAbsent(d.name(), d));
        for (Cmdlet cmdlet : merged.cmdlets()) {
            if (clientSide.contains(cmdlet.name())) {
                kept.add(earlierByName.get(cmdlet.name()));
                provenance.add(new Provenance(cmdlet.name(), null, "every fact (client-side cmdlet)", "docs"));
                continue;
            }
            if (absent.contains(cmdlet.name())) {
                continue;
            }
            List<SourceKind> sources = cmdlet.sources().stream()
                    .map(s -> s == SourceKind.CATALOG ? SourceKind.CAPTURE : s).distinct().toList();
            Cmdlet result = new Cmdlet(cmdlet.name(), cmdlet.verb(), cmdlet.noun(), cmdlet.product(),
                    cmdlet.defaultParameterSet(), cmdlet.documentationUrl(), cmdlet.supportsShouldProcess(), sources,
                    cmdlet.parameterSets(), cmdlet.parameters(), cmdlet.traits());
            Cmdlet typed = EarlierCatalogTypes.fill(result, Optional.ofNullable(earlierByName.get(cmdlet.name())),
                    typesKept);
            kept.add(typed);
            provenance(typed, result, docs, provenance);
        }
        CaptureReport report = new CaptureReport(origin, merged.report(), absent, clientSide, typesKept);
        return new CaptureMerge(kept, report, provenance);
    }

    /** {@code untyped}: the cmdlet before {@link EarlierCatalogTypes}; where they differ, the type is the catalog's. */
    private static void provenance(Cmdlet cmdlet, Cmdlet untyped, List<Cmdlet> docs, List<Provenance> out) {
        Cmdlet fromDocs = docs.stream().filter(d -> d.name().equalsIgnoreCase(cmdlet.name())).findFirst().orElse(null);
        String capture = "capture";
        out.add(new Provenance(cmdlet.name(), null, "parameterSets", capture));
        out.add(new Provenance(cmdlet.name(), null, "defaultParameterSet", capture));
        out.add(new Provenance(cmdlet.name(), null, "supportsShouldProcess", capture));
        out.add(new Provenance(cmdlet.name(), null, "traits", capture));
        if (cmdlet.documentationUrl() != null) {
            out.add(new Provenance(cmdlet.name(), null, "documentationUrl", "docs"));
        }
        for (int i = 0; i < cmdlet.parameters().size(); i++) {
            Parameter p = cmdlet.parameters().get(i);
            boolean documented = fromDocs != null && fromDocs.parameter(p.name()).isPresent();
            boolean earlierCatalog = !p.type().equals(untyped.parameters().get(i).type());
            out.add(new Provenance(cmdlet.name(), p.name(), "sets,mandatory,position,pipeline,aliases,switch",
                    capture));
            out.add(new Provenance(cmdlet.name(), p.name(), "type",
                    documented ? "docs" : earlierCatalog ? "docs-snapshot-catalog" : capture));
            if (!p.allowedValues().isEmpty()) {
                out.add(new Provenance(cmdlet.name(), p.name(), "allowedValues",
                        p.valuesOrigin() == ValuesOrigin.VALIDATE_SET ? capture : "docs"));
            }
            if (documented && (p.internal() || p.deprecated())) {
                out.add(new Provenance(cmdlet.name(), p.name(), "internal,deprecated", "docs"));
            }
        }
    }

    /**
     * The merged cmdlets, the report and the provenance of every fact.
     *
     * @param cmdlets    the snapshot's cmdlets
     * @param report     the capture report
     * @param provenance one row per fact group
     */
    public record CaptureMerge(List<Cmdlet> cmdlets, CaptureReport report, List<Provenance> provenance) {
        public CaptureMerge {
            cmdlets = List.copyOf(cmdlets);
            provenance = List.copyOf(provenance);
        }
    }
}
