package dev.exobindings.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ServiceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the catalog class: every generated cmdlet with its parameter names, immutable. The table is filled by
 * several small methods so that no method reaches the JVM's 64 KB code limit however large the snapshot.
 */
public final class CatalogEmitter {
    private static final int CMDLETS_PER_METHOD = 100;
    private static final int NAMES_PER_METHOD = 3_000;

    public JavaFile emit(ServiceModel service) {
        ClassName cls = ClassName.get(service.packageName(), service.catalogClassName());
        TypeName names = ParameterizedTypeName.get(JavaTypes.LIST, JavaTypes.STRING);
        TypeName table = ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, names);
        ClassName treeMap = ClassName.get("java.util", "TreeMap");
        ClassName collections = ClassName.get("java.util", "Collections");
        ClassName optional = ClassName.get("java.util", "Optional");
        TypeSpec.Builder type = TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("Every cmdlet these bindings were generated for, with its parameter names "
                        + "(without {@code -Confirm}/{@code -WhatIf}).\n<p>$L cmdlets$L.\n", service.cmdlets().size(),
                        service.snapshotName() == null ? "" : ", from snapshot " + Javadocs.code(service.snapshotName()))
                .addField(FieldSpec.builder(table, "CMDLETS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("build()").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("cmdlets").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(table)
                        .addJavadoc("Cmdlet name &rarr; parameter names in snapshot order; sorted, looked up "
                                + "case-insensitively, immutable.\n\n@return the table\n")
                        .addStatement("return CMDLETS").build())
                .addMethod(MethodSpec.methodBuilder("parameters").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(optional, names)).addParameter(String.class, "cmdletName")
                        .addJavadoc("The parameter names of a cmdlet, looked up case-insensitively.\n\n"
                                + "@param cmdletName e.g. {@code Get-Mailbox}\n@return its parameter names, or empty "
                                + "when these bindings do not have the cmdlet\n")
                        .addStatement("return $T.ofNullable(CMDLETS.get(cmdletName))", optional).build());
        MethodSpec.Builder build = MethodSpec.methodBuilder("build").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(table)
                .addStatement("$T table = new $T<>($T.CASE_INSENSITIVE_ORDER)", table, treeMap, String.class);
        // One method per part, closed at 100 cmdlets or 3,000 parameter names (~7 bytes of bytecode each), so no
        // method nears javac's 64 KB "code too large" limit however the snapshot's cmdlets are shaped.
        List<List<CmdletModel>> parts = new ArrayList<>();
        int namesInPart = 0;
        for (CmdletModel c : service.cmdlets()) {
            if (parts.isEmpty() || namesInPart + c.parameters().size() > NAMES_PER_METHOD
                    || parts.get(parts.size() - 1).size() >= CMDLETS_PER_METHOD) {
                parts.add(new ArrayList<>());
                namesInPart = 0;
            }
            parts.get(parts.size() - 1).add(c);
            namesInPart += c.parameters().size();
        }
        for (int part = 0; part < parts.size(); part++) {
            String name = "part" + part;
            build.addStatement("$N(table)", name);
            MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(table, "table");
            for (CmdletModel c : parts.get(part)) {
                m.addCode(addCall(c));
            }
            type.addMethod(m.build());
        }
        type.addMethod(build.addStatement("return $T.unmodifiableMap(table)", collections).build());
        // One non-generic helper instead of a List.of(…) per cmdlet: javac has nothing to infer in 800 calls.
        type.addMethod(MethodSpec.methodBuilder("add").addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(table, "table").addParameter(String.class, "cmdlet")
                .addParameter(String[].class, "parameters").varargs()
                .addStatement("table.put(cmdlet, $T.of(parameters))", JavaTypes.LIST).build());
        return CmdletClassEmitter.file(service.packageName(), type.build());
    }

    /** {@code add(table, "Cmdlet", "Param", …);} as one JavaPoet part where no name needs an escape. */
    private static CodeBlock addCall(CmdletModel c) {
        String name = Expression.plainLiteral(c.name());
        boolean plain = name != null;
        StringBuilder text = new StringBuilder("add(table, ").append(name);
        for (ParameterModel p : c.parameters()) {
            String literal = Expression.plainLiteral(p.name());
            plain &= literal != null;
            text.append(", ").append(literal);
        }
        if (plain) {
            return CodeBlock.of("$L", text.append(");\n").toString());
        }
        CodeBlock list = c.parameters().stream().map(p -> CodeBlock.of("$S", p.name()))
                .collect(CodeBlock.joining(", "));
        return CodeBlock.builder().addStatement("add(table, $S$L$L)", c.name(), list.isEmpty() ? "" : ", ", list)
                .build();
    }
}
