package dev.exobindings.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.exobindings.generator.model.EnumModel;
import dev.exobindings.generator.naming.NamingStrategy;
import javax.lang.model.element.Modifier;

/**
 * Emits a closed value list as a Java enum implementing the runtime's {@code WireEnum}: each constant keeps its
 * exact wire value; {@code UNRECOGNIZED} stands for a value the snapshot did not know, returned by
 * {@code fromWire(String)}, which never throws. {@code UNRECOGNIZED} cannot be sent: the setters have a
 * {@code String} overload for such values.
 */
public final class EnumEmitter {
    private static final int USED_BY_LISTED = 20;

    private final String packageName;

    public EnumEmitter(String enumPackageName) {
        this.packageName = enumPackageName;
    }

    public JavaFile emit(EnumModel model) {
        ClassName cls = ClassName.get(packageName, model.className());
        TypeSpec.Builder e = TypeSpec.enumBuilder(cls).addModifiers(Modifier.PUBLIC)
                .addSuperinterface(JavaTypes.WIRE_ENUM).addJavadoc("$L", classDoc(model));
        for (EnumModel.EnumConstant c : model.constants()) {
            e.addEnumConstant(c.name(), TypeSpec.anonymousClassBuilder("$L", JavaLiterals.string(c.wireValue()))
                    .addJavadoc("$L", "Wire value " + Javadocs.code(c.wireValue()) + ".\n").build());
        }
        e.addEnumConstant(NamingStrategy.UNRECOGNIZED_CONSTANT, TypeSpec.anonymousClassBuilder("null")
                .addJavadoc("A value this enum does not know; {@link #fromWire(String)} returns it for unknown text. "
                        + "It cannot be sent.\n").build());
        e.addField(FieldSpec.builder(String.class, "wire", Modifier.PRIVATE, Modifier.FINAL).build());
        e.addMethod(MethodSpec.constructorBuilder().addParameter(String.class, "wire")
                .addStatement("this.wire = wire").build());
        e.addMethod(MethodSpec.methodBuilder("wireValue").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("The exact value sent to the service.\n\n@return the wire value\n"
                        + "@throws IllegalStateException for {@link #$L}\n", NamingStrategy.UNRECOGNIZED_CONSTANT)
                .beginControlFlow("if (wire == null)")
                .addStatement("throw new $T($S)", IllegalStateException.class, model.className() + "."
                        + NamingStrategy.UNRECOGNIZED_CONSTANT + " has no wire value; pass the raw value to the "
                        + "setter's String overload instead")
                .endControlFlow()
                .addStatement("return wire").build());
        e.addMethod(MethodSpec.methodBuilder("fromWire").addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(cls).addParameter(String.class, "value")
                .addJavadoc("The constant for a wire value: an exact match, else a case-insensitive one, else "
                        + "{@link #$L}. Never throws.\n\n@param value the wire value, may be null\n"
                        + "@return the constant, never null\n", NamingStrategy.UNRECOGNIZED_CONSTANT)
                .beginControlFlow("for ($T c : values())", cls)
                .beginControlFlow("if (c.wire != null && c.wire.equals(value))").addStatement("return c")
                .endControlFlow().endControlFlow()
                .beginControlFlow("for ($T c : values())", cls)
                .beginControlFlow("if (c.wire != null && c.wire.equalsIgnoreCase(value))").addStatement("return c")
                .endControlFlow().endControlFlow()
                .addStatement("return $N", NamingStrategy.UNRECOGNIZED_CONSTANT).build());
        return CmdletClassEmitter.file(packageName, e.build());
    }

    private static String classDoc(EnumModel model) {
        StringBuilder sb = new StringBuilder();
        if (model.exchangeType() != null) {
            sb.append("Values of the Exchange type ").append(Javadocs.code(model.exchangeType())).append(".\n");
        } else {
            sb.append("The closed value list of one parameter.\n");
        }
        sb.append("<p>Used by: ");
        int listed = Math.min(USED_BY_LISTED, model.usedBy().size());
        sb.append(String.join(", ", model.usedBy().subList(0, listed).stream().map(Javadocs::code).toList()));
        if (model.usedBy().size() > listed) {
            sb.append(" and ").append(model.usedBy().size() - listed).append(" more");
        }
        sb.append(".\n");
        return sb.toString();
    }
}
