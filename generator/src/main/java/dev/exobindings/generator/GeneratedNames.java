package dev.exobindings.generator;

import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.ServiceModelBuilder;
import dev.exobindings.metadata.diff.JavaNaming;
import dev.exobindings.metadata.model.Cmdlet;
import java.util.Map;

/**
 * The Java names the generator gives a cmdlet's parts, for reports about generated code (the snapshot diff names the
 * builder type a set rename changes). Names are computed exactly as a generation run computes them.
 */
public final class GeneratedNames implements JavaNaming {
    private static final String PACKAGE = "generated";

    /** {@code Cmdlet.SetBuilder}, e.g. {@code GetMailbox.IdentitySet}; {@code null} for a cmdlet it cannot model. */
    @Override
    public String builderType(Cmdlet cmdlet, String set) {
        CmdletModel model;
        try {
            model = new ServiceModelBuilder().build(PACKAGE, "names", Map.of(0, cmdlet)).cmdlets().get(0);
        } catch (GeneratorException e) {
            return null;
        }
        return model.sets().stream().filter(s -> s.name().equalsIgnoreCase(set)).findFirst()
                .map(ParameterSetModel::builderName).map(b -> model.className() + "." + b).orElse(null);
    }
}
