package dev.exobindings.metadata.merge;

import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Merges one parameter found in both sources. The catalog decides sets, mandatory, position, pipeline, aliases,
 * switch-ness and {@code ValidateSet}; the docs decide the declared type, prose value lists and flags. Every
 * disagreement is reported through the conflict sink.
 */
final class ParameterMerger {
    private final String cmdlet;
    private final SetNames setNames;
    private final Consumer<Conflict> conflicts;

    ParameterMerger(String cmdlet, SetNames setNames, Consumer<Conflict> conflicts) {
        this.cmdlet = cmdlet;
        this.setNames = setNames;
        this.conflicts = conflicts;
    }

    /**
     * @param compareMembership whether the cmdlet's set lists agree, so per-parameter set membership is comparable
     */
    Parameter merge(Parameter catalog, Parameter docs, boolean compareMembership) {
        String name = catalog.name();
        if (!catalog.name().equals(docs.name())) {
            report(ConflictKind.PARAMETER_NAME_CASE, name, "docs " + docs.name() + ", catalog " + catalog.name());
        }
        String type = docs.type() == null || docs.type().isBlank() ? catalog.type() : docs.type();
        String elementType = docs.elementType();
        boolean multiValued = docs.multiValued();
        if (catalog.isSwitch() != docs.isSwitch()) {
            report(ConflictKind.SWITCH, name, "docs " + docs.type() + ", catalog " + catalog.type());
            type = catalog.type();
            elementType = catalog.elementType();
            multiValued = catalog.multiValued();
        } else if (!TypeCompatibility.compatible(type, multiValued, catalog.type())) {
            report(ConflictKind.TYPE, name, "docs " + docs.type() + ", catalog " + catalog.type());
        }
        if (!docs.aliases().isEmpty() && !folded(docs.aliases()).equals(folded(catalog.aliases()))) {
            report(ConflictKind.ALIAS, name, "docs " + docs.aliases() + ", catalog " + catalog.aliases());
        }
        boolean catalogList = !catalog.allowedValues().isEmpty();
        if (catalogList && !docs.allowedValues().isEmpty()
                && !folded(catalog.allowedValues()).equals(folded(docs.allowedValues()))) {
            report(ConflictKind.VALUE_LIST, name, "docs " + docs.allowedValues() + ", catalog "
                    + catalog.allowedValues());
        }
        compareMemberships(name, catalog.sets(), docs.sets(), compareMembership);
        return new Parameter(name, type, elementType, multiValued, catalog.isSwitch(), catalog.aliases(),
                catalogList ? catalog.allowedValues() : docs.allowedValues(),
                catalogList ? catalog.valuesOrigin() : docs.valuesOrigin(), docs.internal(), docs.deprecated(),
                catalog.sets());
    }

    private void compareMemberships(String name, List<ParameterSetMembership> catalog,
                                    List<ParameterSetMembership> docs, boolean compareMembership) {
        List<String> docsInCatalogTerms = docs.stream().map(m -> setNames.toCatalog(m.name())).toList();
        if (compareMembership && !folded(names(catalog)).equals(folded(docsInCatalogTerms))) {
            report(ConflictKind.SET_MEMBERSHIP, name, "docs " + names(docs) + ", catalog " + names(catalog));
        }
        for (ParameterSetMembership fromCatalog : catalog) {
            for (ParameterSetMembership fromDocs : docs) {
                if (setNames.toCatalog(fromDocs.name()).equalsIgnoreCase(fromCatalog.name())) {
                    compareSet(name, fromCatalog, fromDocs);
                }
            }
        }
    }

    private void compareSet(String name, ParameterSetMembership catalog, ParameterSetMembership docs) {
        String where = " in set " + catalog.name();
        if (catalog.mandatory() != docs.mandatory()) {
            report(ConflictKind.MANDATORY, name, "docs " + docs.mandatory() + ", catalog " + catalog.mandatory()
                    + where);
        }
        if ((catalog.position() == null) != (docs.position() == null)) {
            report(ConflictKind.POSITION, name, "docs " + position(docs) + ", catalog " + position(catalog) + where);
        }
        if (catalog.valueFromPipeline() != docs.valueFromPipeline()
                || catalog.valueFromPipelineByPropertyName() != docs.valueFromPipelineByPropertyName()) {
            report(ConflictKind.PIPELINE, name, "docs " + pipeline(docs) + ", catalog " + pipeline(catalog) + where);
        }
    }

    private void report(ConflictKind kind, String parameter, String detail) {
        conflicts.accept(new Conflict(kind, cmdlet, parameter, detail));
    }

    private static String position(ParameterSetMembership membership) {
        return membership.position() == null ? "named" : "position " + membership.position();
    }

    private static String pipeline(ParameterSetMembership m) {
        if (!m.valueFromPipeline() && !m.valueFromPipelineByPropertyName()) {
            return "no pipeline";
        }
        return m.valueFromPipeline() && m.valueFromPipelineByPropertyName() ? "ByValue+ByPropertyName"
                : m.valueFromPipeline() ? "ByValue" : "ByPropertyName";
    }

    static List<String> names(List<ParameterSetMembership> memberships) {
        return memberships.stream().map(ParameterSetMembership::name).toList();
    }

    static Set<String> folded(List<String> values) {
        return values.stream().filter(Objects::nonNull).map(v -> v.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
