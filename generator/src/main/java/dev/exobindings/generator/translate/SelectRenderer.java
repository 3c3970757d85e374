package dev.exobindings.generator.translate;

import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ModelField;
import dev.exobindings.generator.typed.ResultModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code | Select-Object A,B} as {@code .select(Model.A, Model.B)} on the cmdlet's typed request: the runtime then
 * asks the service for those columns only ({@code $select}, in the URL, so the body does not change). Only for a
 * cmdlet with a result model and names that are its properties; otherwise the pipeline stays untranslated, with
 * the hint of {@link PipelineHints}.
 */
final class SelectRenderer {
    /** The call suffix, the model's import and the note that say what the selection does. */
    record Rendered(String suffix, String modelImport, String note) {
    }

    private final ResultModels results;
    private final Map<String, ModelClass> models = new TreeMap<>();

    SelectRenderer(ResultModels results) {
        this.results = results;
        results.models().forEach(m -> models.put(m.className(), m));
    }

    Rendered render(CmdletModel cmdlet, PsSelect select) {
        String className = results.resultClass().get(cmdlet.name());
        ModelClass model = className == null ? null : models.get(className);
        if (model == null) {
            throw new TranslationException(Problem.Kind.NOT_LITERAL, select.pipeColumn(), "a pipeline: "
                    + cmdlet.name() + " has no typed result model, so Select-Object has no select(…) to become; "
                    + "stream its rows into a record of those properties, exo.stream(request, Row.class)");
        }
        Map<String, ModelField> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        model.fields().forEach(f -> byName.put(f.wireName(), f));
        List<String> constants = new ArrayList<>();
        List<String> wire = new ArrayList<>();
        for (int i = 0; i < select.properties().size(); i++) {
            String name = select.properties().get(i);
            ModelField field = byName.get(name);
            if (field == null) {
                throw new TranslationException(Problem.Kind.INVALID_VALUE, select.columns().get(i), "Select-Object: "
                        + name + " is not a property of " + model.csdlName() + ", the result of " + cmdlet.name()
                        + NearestNames.hint("", NearestNames.to(name, List.copyOf(byName.keySet()))));
            }
            String constant = model.className() + "." + field.constantName();
            if (!constants.contains(constant)) {
                constants.add(constant);
                wire.add(field.wireName());
            }
        }
        return new Rendered(".select(" + String.join(", ", constants) + ")",
                results.packageName() + "." + model.className(),
                "Select-Object: the runtime asks for $select=" + String.join(",", wire) + " in the URL, not in "
                        + "the body, and the rows hold only those properties (exo.list(request) gives them as "
                        + model.className() + ")");
    }
}
