package dev.exobindings.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EntryModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.ServiceModel;
import dev.exobindings.generator.model.SetParameter;
import dev.exobindings.generator.typed.ResultModels;
import dev.exobindings.metadata.model.Cmdlet;
import javax.lang.model.element.Modifier;

/**
 * Emits one cmdlet class: static entry methods choosing a parameter set, one nested builder class per set
 * (extending the runtime's {@code AbstractCmdletRequest}), and, with several sets, an abstract {@code Shared}
 * base holding the setters every set has.
 */
public final class CmdletClassEmitter {
    private static final String CMDLET_NAME = "CMDLET_NAME";

    private final ServiceModel service;
    private final ResultModels results;
    private final JavaTypes types;
    private final SetterEmitter setters;
    private final EntryEmitter entries;

    public CmdletClassEmitter(ServiceModel service) {
        this(service, ResultModels.none(service.packageName() + ".model"));
    }

    /** With result types: builders of mapped cmdlets extend {@code AbstractTypedCmdletRequest}. */
    public CmdletClassEmitter(ServiceModel service, ResultModels results) {
        this.service = service;
        this.results = results;
        this.types = new JavaTypes(service.enumPackageName());
        this.setters = new SetterEmitter(types);
        this.entries = new EntryEmitter(types);
    }

    public JavaFile emit(CmdletModel cmdlet) {
        ParameterFacts facts = ParameterFacts.of(cmdlet);
        ClassName cls = ClassName.get(service.packageName(), cmdlet.className());
        TypeSpec.Builder type = TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", classDoc(cmdlet))
                .addField(FieldSpec.builder(String.class, CMDLET_NAME, Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL).initializer("$S", cmdlet.name())
                        .addJavadoc("The cmdlet's name as sent to the service.\n").build())
                .addField(DescriptorEmitter.field(cmdlet, CMDLET_NAME))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        for (ParameterSetModel set : cmdlet.sets()) {
            ClassName builder = cls.nestedClass(set.builderName());
            for (EntryModel entry : set.entries()) {
                type.addMethods(entries.entries(cmdlet, facts, set, entry, builder));
            }
        }
        if (cmdlet.sharedBaseName() != null) {
            type.addType(sharedBase(cmdlet, facts, cls.nestedClass(cmdlet.sharedBaseName())));
        }
        for (ParameterSetModel set : cmdlet.sets()) {
            type.addType(builder(cmdlet, facts, set, cls.nestedClass(set.builderName())));
        }
        return file(service.packageName(), type.build());
    }

    static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type).addFileComment("$L", GeneratedFile.MARKER.substring(3))
                .skipJavaLangImports(true).indent("    ").build();
    }

    private String classDoc(CmdletModel cmdlet) {
        StringBuilder sb = new StringBuilder("The {@code ").append(cmdlet.name()).append("} cmdlet.\n");
        sb.append("<p>Each parameter set is a builder type; an entry method chooses the set, and staged steps name ")
                .append("its other mandatory parameters, so mixing sets or leaving out a mandatory parameter does not ")
                .append("compile:\n<ul>\n");
        for (ParameterSetModel set : cmdlet.sets()) {
            sb.append("<li>{@link ").append(set.builderName()).append("} &mdash; ");
            sb.append(set.name().equals(Cmdlet.ALL_PARAMETER_SETS) ? "the only parameter set"
                    : "parameter set " + Javadocs.code(set.name()));
            if (set.isDefault() && cmdlet.sets().size() > 1) {
                sb.append(" (default)");
            }
            sb.append(": ").append(String.join(", ", set.entries().stream()
                    .map(e -> "{@code " + e.methodName() + (e.arguments().isEmpty() ? "()" : "(...)") + "}")
                    .distinct().toList()));
            sb.append("</li>\n");
        }
        sb.append("</ul>\n");
        if (cmdlet.supportsShouldProcess()) {
            sb.append("<p>Supports ShouldProcess: {@code -Confirm}/{@code -WhatIf} are not setters; the client ")
                    .append("decides from {@link #").append(DescriptorEmitter.FIELD).append("}'s ConfirmImpact as ")
                    .append("the module does (High: {@code \"Confirm\": false} or the validation flow, by the ")
                    .append("client's choice; Medium/Low: no Confirm key), or from an explicit ")
                    .append("{@link dev.exobindings.runtime.ConfirmMode}.\n");
        }
        sb.append("<p>Every builder renders its JSON body with {@code toJson()} without sending it.\n");
        String result = results.resultClass().get(cmdlet.name());
        if (result != null) {
            sb.append("<p>Rows are {@link ").append(results.packageName()).append('.').append(result)
                    .append("}: {@code exo.list(...)} and {@code exo.stream(...)} return them typed, and {@code ")
                    .append("select(...)} with {@code ").append(result).append("}'s property constants chooses the ")
                    .append("columns.\n");
        }
        if (cmdlet.documentationUrl() != null) {
            sb.append("\n@see <a href=\"").append(Javadocs.text(cmdlet.documentationUrl())).append("\">")
                    .append(Javadocs.text(cmdlet.name())).append(" reference</a>\n");
        }
        return sb.toString();
    }

    private TypeSpec sharedBase(CmdletModel cmdlet, ParameterFacts facts, ClassName base) {
        TypeVariableName self = TypeVariableName.get("S", ParameterizedTypeName.get(base, TypeVariableName.get("S")));
        TypeSpec.Builder b = TypeSpec.classBuilder(base)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC).addTypeVariable(self)
                .superclass(requestBase(cmdlet, self))
                .addJavadoc("The setters every parameter set of {@code $L} has.\n\n@param <S> the concrete builder\n",
                        cmdlet.name())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addStatement("$L", superCall(cmdlet)).build());
        for (ParameterModel p : cmdlet.sharedSetters()) {
            b.addMethods(setters.setters(cmdlet, facts, p, self));
        }
        return b.build();
    }

    private TypeSpec builder(CmdletModel cmdlet, ParameterFacts facts, ParameterSetModel set, ClassName builder) {
        TypeName superclass = cmdlet.sharedBaseName() != null
                ? ParameterizedTypeName.get(builder.enclosingClassName().nestedClass(cmdlet.sharedBaseName()), builder)
                : requestBase(cmdlet, builder);
        MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE);
        if (cmdlet.sharedBaseName() == null) {
            ctor.addStatement("$L", superCall(cmdlet));
        }
        TypeSpec.Builder b = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL).superclass(superclass)
                .addJavadoc("$L", builderDoc(cmdlet, set))
                .addMethod(ctor.build());
        boolean binds = !set.steps().isEmpty() || set.entries().stream()
                .anyMatch(e -> !e.arguments().isEmpty() || !e.presetSwitches().isEmpty());
        if (binds) {
            // Entry methods and steps bind through this: set(...) is protected, out of the enclosing class's reach.
            b.addMethod(MethodSpec.methodBuilder(EntryEmitter.BIND).addModifiers(Modifier.PRIVATE).returns(builder)
                    .addParameter(String.class, "name").addParameter(Object.class, "value")
                    .addStatement("return set(name, value)").build());
        }
        for (SetParameter sp : set.setters()) {
            b.addMethods(setters.setters(cmdlet, facts, sp.parameter(), builder));
        }
        b.addTypes(entries.steps(cmdlet, facts, set, builder));
        return b.build();
    }

    /** {@code AbstractCmdletRequest<S>}, or {@code AbstractTypedCmdletRequest<S, Model>} when the result is mapped. */
    private TypeName requestBase(CmdletModel cmdlet, TypeName self) {
        ClassName model = resultModel(cmdlet);
        return model == null ? ParameterizedTypeName.get(JavaTypes.ABSTRACT_REQUEST, self)
                : ParameterizedTypeName.get(JavaTypes.ABSTRACT_TYPED_REQUEST, self, model);
    }

    private CodeBlock superCall(CmdletModel cmdlet) {
        ClassName model = resultModel(cmdlet);
        return model == null ? CodeBlock.of("super($N)", DescriptorEmitter.FIELD)
                : CodeBlock.of("super($N, $T.MODEL_TYPE)", DescriptorEmitter.FIELD, model);
    }

    private ClassName resultModel(CmdletModel cmdlet) {
        String cls = results.resultClass().get(cmdlet.name());
        return cls == null ? null : ClassName.get(results.packageName(), cls);
    }

    private static String builderDoc(CmdletModel cmdlet, ParameterSetModel set) {
        StringBuilder sb = new StringBuilder("A {@code ").append(cmdlet.name()).append("} request in ")
                .append(set.name().equals(Cmdlet.ALL_PARAMETER_SETS) ? "its only parameter set"
                        : "parameter set " + Javadocs.code(set.name()))
                .append(set.isDefault() && cmdlet.sets().size() > 1 ? " (the default set)" : "")
                .append(": exposes only this set's parameters.\n");
        if (cmdlet.sharedBaseName() != null) {
            sb.append("<p>The setters every set has come from {@link ").append(cmdlet.sharedBaseName()).append("}.\n");
        }
        return sb.toString();
    }
}
