package dev.exobindings.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.generator.work.InOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs every emitter over a service model and returns the files, in a stable order. */
public final class SourceEmitter {

    public List<GeneratedFile> emit(ServiceModel service) {
        return emit(service, ResultModels.none(service.packageName() + ".model"));
    }

    /**
     * Cmdlets, enums, catalog and package-info, plus the result models and the enums they add. Each file is emitted
     * on its own (emitters hold no state), so they are emitted on every core, in this order.
     */
    public List<GeneratedFile> emit(ServiceModel service, ResultModels results) {
        List<Supplier<GeneratedFile>> work = new ArrayList<>();
        CmdletClassEmitter cmdlets = new CmdletClassEmitter(service, results);
        for (CmdletModel cmdlet : service.cmdlets()) {
            work.add(() -> toFile(cmdlets.emit(cmdlet)));
        }
        EnumEmitter enums = new EnumEmitter(service.enumPackageName());
        for (EnumModel e : service.enums()) {
            work.add(() -> toFile(enums.emit(e)));
        }
        for (EnumModel e : results.enums()) {
            work.add(() -> toFile(enums.emit(e)));
        }
        ModelEmitter models = new ModelEmitter(results.packageName(), service.enumPackageName());
        for (ModelClass m : results.models()) {
            work.add(() -> toFile(models.emit(m)));
        }
        work.add(() -> toFile(new CatalogEmitter().emit(service)));
        PackageInfoEmitter packageInfo = new PackageInfoEmitter();
        work.add(() -> packageInfo.cmdletPackage(service));
        if (!service.enums().isEmpty() || !results.enums().isEmpty()) {
            work.add(() -> packageInfo.enumPackage(service));
        }
        if (!results.models().isEmpty()) {
            work.add(() -> packageInfo.modelPackage(results));
        }
        return InOrder.map(work, Supplier::get);
    }

    /** A JavaPoet file as a generated file at its package path. */
    public static GeneratedFile toFile(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(path, file.toString());
    }
}
