package dev.exobindings.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.typed.ModelClass;
import dev.exobindings.generator.typed.ResultModels;
import java.util.ArrayList;
import java.util.List;

/** Runs every emitter over a service model and returns the files, in a stable order. */
public final class SourceEmitter {

    public List<GeneratedFile> emit(ServiceModel service) {
        return emit(service, ResultModels.none(service.packageName() + ".model"));
    }

    /** Cmdlets, enums, catalog and package-info, plus the result models and the enums they add. */
    public List<GeneratedFile> emit(ServiceModel service, ResultModels results) {
        List<GeneratedFile> files = new ArrayList<>();
        CmdletClassEmitter cmdlets = new CmdletClassEmitter(service, results);
        for (CmdletModel cmdlet : service.cmdlets()) {
            files.add(toFile(cmdlets.emit(cmdlet)));
        }
        EnumEmitter enums = new EnumEmitter(service.enumPackageName());
        for (EnumModel e : service.enums()) {
            files.add(toFile(enums.emit(e)));
        }
        for (EnumModel e : results.enums()) {
            files.add(toFile(enums.emit(e)));
        }
        ModelEmitter models = new ModelEmitter(results.packageName(), service.enumPackageName());
        for (ModelClass m : results.models()) {
            files.add(toFile(models.emit(m)));
        }
        files.add(toFile(new CatalogEmitter().emit(service)));
        PackageInfoEmitter packageInfo = new PackageInfoEmitter();
        files.add(packageInfo.cmdletPackage(service));
        if (!service.enums().isEmpty() || !results.enums().isEmpty()) {
            files.add(packageInfo.enumPackage(service));
        }
        if (!results.models().isEmpty()) {
            files.add(packageInfo.modelPackage(results));
        }
        return files;
    }

    /** A JavaPoet file as a generated file at its package path. */
    public static GeneratedFile toFile(JavaFile file) {
        String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
        return new GeneratedFile(path, file.toString());
    }
}
