package dev.exobindings.metadata.merge;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.SourceKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Merges the module catalog and the docs into one list of cmdlets (the union by case-insensitive name). A cmdlet in
 * only one source is kept as that source describes it and marked with it; a cmdlet in both is merged by
 * {@link ParameterMerger}'s rules, the catalog deciding which parameters exist, its sets and its default set. The
 * result is deterministic: cmdlets sorted by name, parameters in catalog order (docs order for docs-only cmdlets).
 */
public final class SnapshotMerger {
    /** Sort order of cmdlets in a snapshot: case-insensitive name, then exact name. */
    public static final Comparator<String> NAME_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    private final List<Conflict> conflicts = new ArrayList<>();
    private final List<String> both = new ArrayList<>();
    private final List<String> catalogOnly = new ArrayList<>();
    private final List<String> docsOnly = new ArrayList<>();

    private SnapshotMerger() {
    }

    /**
     * @param snapshotName names the report
     * @param product      product of every merged cmdlet
     * @param catalog      cmdlets from the module catalog (may be empty)
     * @param docs         cmdlets from the docs for this product (may be empty)
     * @param notes        importer notes to carry into the report
     */
    public static MergeResult merge(String snapshotName, Product product, List<Cmdlet> catalog, List<Cmdlet> docs,
                                    List<String> notes) {
        return new SnapshotMerger().run(snapshotName, product, catalog, docs, notes);
    }

    private MergeResult run(String snapshotName, Product product, List<Cmdlet> catalog, List<Cmdlet> docs,
                            List<String> notes) {
        Map<String, Cmdlet> catalogByName = byName(catalog, "catalog");
        Map<String, Cmdlet> docsByName = byName(docs, "docs");
        TreeMap<String, Cmdlet> merged = new TreeMap<>(NAME_ORDER);
        for (Cmdlet fromCatalog : catalog) {
            Cmdlet fromDocs = docsByName.get(key(fromCatalog.name()));
            if (fromDocs == null) {
                catalogOnly.add(fromCatalog.name());
                merged.put(fromCatalog.name(), single(fromCatalog, product, SourceKind.CATALOG));
            } else {
                both.add(fromDocs.name());
                merged.put(fromDocs.name(), both(fromCatalog, fromDocs, product));
            }
        }
        for (Cmdlet fromDocs : docs) {
            if (!catalogByName.containsKey(key(fromDocs.name()))) {
                docsOnly.add(fromDocs.name());
                merged.put(fromDocs.name(), single(fromDocs, product, SourceKind.DOCS));
            }
        }
        List<Cmdlet> cmdlets = new ArrayList<>(merged.values());
        List<Conflict> ordered = new ArrayList<>(conflicts);
        ordered.sort(Comparator.comparing(Conflict::cmdlet, NAME_ORDER));
        both.sort(NAME_ORDER);
        catalogOnly.sort(NAME_ORDER);
        docsOnly.sort(NAME_ORDER);
        int parameters = cmdlets.stream().mapToInt(c -> c.parameters().size()).sum();
        return new MergeResult(cmdlets,
                new MergeReport(snapshotName, both, catalogOnly, docsOnly, parameters, ordered, notes));
    }

    private Cmdlet single(Cmdlet cmdlet, Product product, SourceKind source) {
        // With one set only, a default adds nothing (the docs name it anyway); keep none rather than a label.
        String defaultSet = cmdlet.parameterSets().equals(List.of(Cmdlet.ALL_PARAMETER_SETS)) ? null
                : usableDefault(cmdlet.name(), cmdlet.defaultParameterSet(), cmdlet.parameterSets(),
                cmdlet.parameters());
        return new Cmdlet(cmdlet.name(), cmdlet.verb(), cmdlet.noun(), product, defaultSet,
                cmdlet.documentationUrl(), cmdlet.supportsShouldProcess(), List.of(source), cmdlet.parameterSets(),
                cmdlet.parameters(), cmdlet.traits());
    }

    private Cmdlet both(Cmdlet catalog, Cmdlet docs, Product product) {
        // The docs spelling is the documented one (the proxy has e.g. set-CASMailboxPlan); case means nothing to
        // PowerShell but shapes generated class names.
        String name = docs.name();
        if (!name.equals(catalog.name())) {
            conflicts.add(new Conflict(ConflictKind.CMDLET_NAME_CASE, name, null, "catalog " + catalog.name()));
        }
        SetNames setNames = SetNames.between(catalog.parameterSets(), docs.parameterSets());
        boolean setsAgree = setNames.agree();
        if (!setsAgree) {
            conflicts.add(new Conflict(ConflictKind.SET_LIST, name, null,
                    "docs " + docs.parameterSets() + ", catalog " + catalog.parameterSets()));
        }
        ParameterMerger parameterMerger = new ParameterMerger(name, setNames, conflicts::add);
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter fromCatalog : catalog.parameters()) {
            Optional<Parameter> fromDocs = docs.parameter(fromCatalog.name());
            if (fromDocs.isPresent()) {
                parameters.add(parameterMerger.merge(fromCatalog, fromDocs.get(), setsAgree));
            } else {
                conflicts.add(new Conflict(ConflictKind.PARAMETER_ONLY_IN_CATALOG, name, fromCatalog.name(),
                        "catalog type " + fromCatalog.type()));
                parameters.add(fromCatalog);
            }
        }
        for (Parameter fromDocs : docs.parameters()) {
            if (catalog.parameter(fromDocs.name()).isEmpty()) {
                conflicts.add(new Conflict(ConflictKind.PARAMETER_ONLY_IN_DOCS, name, fromDocs.name(),
                        "docs type " + fromDocs.type()));
            }
        }
        String defaultSet = mergedDefault(name, catalog, docs, parameters);
        List<SourceKind> sources = List.of(SourceKind.DOCS, SourceKind.CATALOG);
        // traits come from the module side only; when known they decide ShouldProcess (withTraits)
        return new Cmdlet(name, docs.verb(), docs.noun(), product, defaultSet, docs.documentationUrl(),
                catalog.supportsShouldProcess() || docs.supportsShouldProcess(), sources, catalog.parameterSets(),
                parameters).withTraits(catalog.traits());
    }

    private String mergedDefault(String name, Cmdlet catalog, Cmdlet docs, List<Parameter> parameters) {
        String fromCatalog = catalog.defaultParameterSet();
        // the docs importer names a lone set as the default; that is no statement about a default set
        String fromDocs = docs.parameterSets().size() == 1 ? null : docs.defaultParameterSet();
        if (fromCatalog != null) {
            if (fromDocs != null && !fromDocs.equalsIgnoreCase(fromCatalog)) {
                conflicts.add(new Conflict(ConflictKind.DEFAULT_SET, name, null,
                        "docs " + fromDocs + ", catalog " + fromCatalog));
            }
            return usableDefault(name, fromCatalog, catalog.parameterSets(), parameters);
        }
        if (fromDocs == null || catalog.parameterSets().equals(List.of(Cmdlet.ALL_PARAMETER_SETS))) {
            return null;
        }
        Optional<String> inCatalog = catalog.parameterSets().stream().filter(fromDocs::equalsIgnoreCase).findFirst();
        if (inCatalog.isPresent() && hasParameters(inCatalog.get(), parameters)) {
            conflicts.add(new Conflict(ConflictKind.DEFAULT_SET_ONLY_IN_DOCS, name, null, "docs " + fromDocs));
            return inCatalog.get();
        }
        conflicts.add(new Conflict(ConflictKind.DEFAULT_SET_UNUSABLE, name, null, "docs " + fromDocs
                + " is not a catalog set with parameters " + catalog.parameterSets()));
        return null;
    }

    private String usableDefault(String name, String defaultSet, List<String> sets, List<Parameter> parameters) {
        if (defaultSet == null) {
            return null;
        }
        if (sets.contains(defaultSet) && hasParameters(defaultSet, parameters)) {
            return defaultSet;
        }
        conflicts.add(new Conflict(ConflictKind.DEFAULT_SET_UNUSABLE, name, null,
                defaultSet + " is not one of " + sets + " with parameters"));
        return null;
    }

    private static boolean hasParameters(String set, List<Parameter> parameters) {
        return parameters.stream().flatMap(p -> p.sets().stream()).map(ParameterSetMembership::name)
                .anyMatch(set::equals);
    }

    private static Map<String, Cmdlet> byName(List<Cmdlet> cmdlets, String source) {
        Map<String, Cmdlet> byName = new TreeMap<>();
        for (Cmdlet cmdlet : cmdlets) {
            if (byName.putIfAbsent(key(cmdlet.name()), cmdlet) != null) {
                throw new IllegalArgumentException("the " + source + " lists cmdlet " + cmdlet.name()
                        + " twice; fix the " + source + " importer so each cmdlet appears once");
            }
        }
        return byName;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
