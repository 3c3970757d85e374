package dev.exobindings.generator.emit;

import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.typed.ResultModels;

/** Emits the {@code package-info.java} of the cmdlet package and of the enum package (JavaPoet has no such file). */
public final class PackageInfoEmitter {

    public GeneratedFile cmdletPackage(ServiceModel service) {
        String doc = "Typed bindings for " + service.cmdlets().size() + " cmdlets"
                + (service.snapshotName() == null ? "" : " of snapshot " + Javadocs.code(service.snapshotName()))
                + ": one class per cmdlet, one builder type per parameter set.\n"
                + " * <p>The catalog of every cmdlet is {@link " + service.packageName() + "."
                + service.catalogClassName() + "}.";
        return file(service.packageName(), doc);
    }

    public GeneratedFile enumPackage(ServiceModel service) {
        return file(service.enumPackageName(), "The closed value lists of the cmdlets in {@link "
                + service.packageName() + "}, as enums that keep the exact wire value.");
    }

    public GeneratedFile modelPackage(ResultModels results) {
        return file(results.packageName(), results.models().size() + " result models from the service's "
                + "{@code $metadata}: immutable, typed, with property constants for {@code select(...)}.");
    }

    private static GeneratedFile file(String packageName, String doc) {
        String content = GeneratedFile.MARKER + "\n/**\n * " + doc + "\n */\npackage " + packageName + ";\n";
        return new GeneratedFile(packageName.replace('.', '/') + "/package-info.java", content);
    }
}
