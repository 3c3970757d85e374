package dev.exobindings.generator.typed;

import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.generator.model.ExchangeTypeName;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives a closed value list to parameters the docs left open when their declared Exchange type (or element type)
 * is an enum type of the service's {@code $metadata}: {@code -Type RecommendedPolicyType} gets
 * {@code Custom, Standard, Strict, Evaluation}. Parameters that list values keep theirs (the catalog and docs
 * decide for parameters). Works on a copy; the snapshot is not changed.
 */
public final class ParameterEnumSupplement {

    /**
     * The result.
     *
     * @param cmdlets the cmdlets, with supplemented parameters replaced
     * @param filled  {@code Cmdlet -Parameter} references that gained a closed list, in cmdlet order
     */
    public record Result(Map<Integer, Cmdlet> cmdlets, List<String> filled) {
        public Result {
            cmdlets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cmdlets));
            filled = List.copyOf(filled);
        }
    }

    public Result apply(Map<Integer, Cmdlet> selected, CsdlSchema csdl) {
        Map<String, CsdlSchema.EnumType> enums = new HashMap<>();
        csdl.enums().forEach(e -> enums.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e));
        Map<Integer, Cmdlet> out = new LinkedHashMap<>();
        List<String> filled = new ArrayList<>();
        selected.forEach((index, cmdlet) -> {
            List<Parameter> params = new ArrayList<>();
            boolean changed = false;
            for (Parameter p : cmdlet.parameters()) {
                CsdlSchema.EnumType e = p == null || p.isSwitch() || !p.allowedValues().isEmpty() ? null
                        : enums.get(key(p));
                if (e == null) {
                    params.add(p);
                    continue;
                }
                // The snapshot format has no origin constant for $metadata; the origin only matters for generic
                // text types, and a CSDL enum type never is one.
                params.add(new Parameter(p.name(), p.type(), p.elementType(), p.multiValued(), p.isSwitch(),
                        p.aliases(), e.members().stream().map(CsdlSchema.Member::name).toList(), p.valuesOrigin(),
                        p.internal(), p.deprecated(), p.sets()));
                filled.add(cmdlet.name() + " -" + p.name());
                changed = true;
            }
            out.put(index, changed ? new Cmdlet(cmdlet.name(), cmdlet.verb(), cmdlet.noun(), cmdlet.product(),
                    cmdlet.defaultParameterSet(), cmdlet.documentationUrl(), cmdlet.supportsShouldProcess(),
                    cmdlet.sources(), cmdlet.parameterSets(), params) : cmdlet);
        });
        return new Result(out, filled);
    }

    private static String key(Parameter p) {
        if (p.type() == null) {
            return "";
        }
        String element = p.elementType() != null && !p.elementType().isBlank() ? p.elementType() : p.type();
        return ExchangeTypeName.parse(element).key();
    }
}
