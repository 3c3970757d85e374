package dev.exobindings.generator.typed;

import dev.exobindings.metadata.csdl.CsdlSchema;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ServiceModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Maps the generated cmdlets to CSDL types and plans the models: the typed-results stage of a run. */
public final class ResultTypes {

    /**
     * The plan and its report.
     *
     * @param models the models to emit and the cmdlet → model mapping
     * @param report counts and the unmapped Get cmdlets
     */
    public record Outcome(ResultModels models, ResultTypesReport report) {

        /** This plan with only the models and enums the mapped cmdlets reach ({@link ResultModels#reachableFromResults}). */
        public Outcome reachableFromResults() {
            ResultModels kept = models.reachableFromResults();
            return new Outcome(kept, new ResultTypesReport(kept.models().size(), kept.enums().size(),
                    report.mappedCmdlets(), report.unmappedGetCmdlets(), report.parametersGainingValues()));
        }
    }

    /** Plans with every generated cmdlet eligible for a result type. */
    public Outcome plan(CsdlSchema csdl, ServiceModel service, ResultMapping mapping, List<String> filledParameters) {
        return plan(csdl, service, mapping, filledParameters, name -> true);
    }

    /**
     * Plans the models; only cmdlets {@code mappable} accepts get a result type (the bundled CSDL is Exchange
     * Online's, so Security &amp; Compliance cmdlets are not mapped to it).
     */
    public Outcome plan(CsdlSchema csdl, ServiceModel service, ResultMapping mapping, List<String> filledParameters,
                        java.util.function.Predicate<String> mappable) {
        Map<String, List<String>> cmdletsByType = new TreeMap<>();
        Map<String, String> typeByCmdlet = new LinkedHashMap<>();
        List<String> unmappedGets = new ArrayList<>();
        for (CmdletModel c : service.cmdlets()) {
            var row = mappable.test(c.name()) ? mapping.resultOf(c.name(), csdl)
                    : java.util.Optional.<ResultMapping.Row>empty();
            if (row.isPresent()) {
                typeByCmdlet.put(c.name(), row.get().csdlType());
                cmdletsByType.computeIfAbsent(row.get().csdlType(), k -> new ArrayList<>()).add(c.name());
            } else if (c.verb().equalsIgnoreCase("Get")) {
                unmappedGets.add(c.name());
            }
        }
        String modelPackage = service.packageName() + ".model";
        ResultModels models = new ModelPlanner().plan(csdl, service.enums(), modelPackage, cmdletsByType,
                typeByCmdlet);
        unmappedGets.sort(String.CASE_INSENSITIVE_ORDER);
        return new Outcome(models, new ResultTypesReport(models.models().size(), models.enums().size(),
                models.resultClass().size(), unmappedGets, filledParameters));
    }
}
