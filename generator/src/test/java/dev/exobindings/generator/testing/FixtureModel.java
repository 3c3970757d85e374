package dev.exobindings.generator.testing;

import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.ServiceModelBuilder;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Snapshot;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service model of a fixture snapshot. */
public final class FixtureModel {
    private FixtureModel() {
    }

    public static ServiceModel of(Snapshot snapshot) {
        Map<Integer, Cmdlet> cmdlets = new LinkedHashMap<>();
        for (int i = 0; i < snapshot.cmdlets().size(); i++) {
            cmdlets.put(i, snapshot.cmdlets().get(i));
        }
        return new ServiceModelBuilder().build(Fixtures.PACKAGE, snapshot.header().name(), cmdlets);
    }

    public static ServiceModel all() {
        return of(Fixtures.all());
    }

    public static CmdletModel cmdlet(ServiceModel model, String name) {
        return model.cmdlets().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    public static EnumModel enumNamed(ServiceModel model, String className) {
        return model.enums().stream().filter(e -> e.className().equals(className)).findFirst().orElseThrow();
    }
}
