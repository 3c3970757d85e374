package dev.exobindings.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.SetterShapes;
import dev.exobindings.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The setter overloads of one parameter on a builder:
 * <ul>
 *   <li>switch: {@code x()} sends {@code true}, {@code x(boolean)} sends what it is given;</li>
 *   <li>scalar: {@code x(T)}; a date also {@code x(OffsetDateTime)}; an enum also {@code x(String)} for values
 *       the snapshot does not know;</li>
 *   <li>several values: {@code x(List<T>)}, {@code x(T...)}, {@code x(MultiValue<T>)} (add/remove), and for an
 *       enum element {@code x(String...)}.</li>
 * </ul>
 */
final class SetterEmitter {
    private final JavaTypes types;

    SetterEmitter(JavaTypes types) {
        this.types = types;
    }

    List<MethodSpec> setters(CmdletModel cmdlet, ParameterModel p, TypeName self) {
        String facts = ParameterFacts.of(cmdlet, p);
        List<MethodSpec> methods = new ArrayList<>();
        TypeRef type = p.type();
        String arg = argumentName(p);
        switch (type.kind()) {
            case SWITCH -> {
                if (p.name().equals(cmdlet.descriptor().routingOptIn())) {
                    // the module's client-side switch: asks for parameter-based routing, never sent
                    methods.add(method(p, self, facts, "Asks for parameter-based routing on this call, as the "
                                    + "module's {@code -" + p.name() + "}: the anchor comes from {@code -"
                                    + cmdlet.descriptor().routing().parameter() + "}. Client-side only: never sent.\n",
                            CodeBlock.of("$T.TRUE", Boolean.class), null, null));
                    break;
                }
                methods.add(method(p, self, facts, "Sets the switch {@code -" + p.name() + "}: sends {@code true}.\n",
                        CodeBlock.of("$T.TRUE", Boolean.class), null, null));
                methods.add(method(p, self, facts, "Sets the switch {@code -" + p.name() + "} to the given value.\n",
                        CodeBlock.of("$N", arg), ParameterSpec.builder(TypeName.BOOLEAN, arg).build(),
                        "true to send the switch as present, false to send it as false"));
            }
            case LIST -> listSetters(methods, p, self, facts, arg);
            default -> {
                methods.add(method(p, self, facts, "Sets {@code -" + p.name() + "}.\n", JavaTypes.stored(type, arg),
                        ParameterSpec.builder(types.of(type), arg).build(), "the value"));
                if (SetterShapes.takesOffsetDateTime(type)) {
                    methods.add(method(p, self, facts, "Sets {@code -" + p.name()
                                    + "} from a date-time with an offset; it is sent in UTC.\n",
                            CodeBlock.of("$N", arg), ParameterSpec.builder(JavaTypes.OFFSET_DATE_TIME, arg).build(),
                            "the value"));
                }
                if (SetterShapes.takesRawStrings(type)) {
                    methods.add(method(p, self, facts, "Sets {@code -" + p.name()
                                    + "} to a raw value, for values this enum does not know yet.\n",
                            CodeBlock.of("$N", arg), ParameterSpec.builder(JavaTypes.STRING, arg).build(),
                            "the exact value to send"));
                }
            }
        }
        return methods;
    }

    private void listSetters(List<MethodSpec> methods, ParameterModel p, TypeName self, String facts, String arg) {
        TypeRef element = p.type().element();
        TypeName elementType = types.of(element).box();
        methods.add(method(p, self, facts, "Sets {@code -" + p.name() + "} to these values (replacing the whole list).\n",
                JavaTypes.stored(p.type(), arg), ParameterSpec.builder(types.of(p.type()), arg).build(), "the values"));
        if (JavaTypes.reifiable(element)) {
            methods.add(varargs(method(p, self, facts, "Sets {@code -" + p.name()
                            + "} to these values (replacing the whole list).\n",
                    CodeBlock.of("$T.of($N)", JavaTypes.LIST, arg),
                    ParameterSpec.builder(ArrayTypeName.of(elementType), arg).build(), "the values")));
        }
        methods.add(method(p, self, facts, "Adds and/or removes values of {@code -" + p.name()
                        + "}: {@code MultiValue.add(…)}, {@code MultiValue.remove(…)}.\n",
                CodeBlock.of("$N", arg), ParameterSpec.builder(
                        ParameterizedTypeName.get(JavaTypes.MULTI_VALUE, elementType), arg).build(),
                "the change"));
        if (SetterShapes.takesRawStrings(p.type())) {
            methods.add(varargs(method(p, self, facts, "Sets {@code -" + p.name()
                            + "} to raw values, for values the enum does not know yet.\n",
                    CodeBlock.of("$T.of($N)", JavaTypes.LIST, arg),
                    ParameterSpec.builder(ArrayTypeName.of(JavaTypes.STRING), arg).build(), "the exact values")));
        }
    }

    private static MethodSpec varargs(MethodSpec m) {
        return m.toBuilder().varargs(true).build();
    }

    private static MethodSpec method(ParameterModel p, TypeName self, String facts, String summary, CodeBlock value,
                                     ParameterSpec parameter, String parameterDoc) {
        MethodSpec.Builder b = MethodSpec.methodBuilder(p.methodName()).addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("$L", summary).addJavadoc("$L", facts);
        if (parameter != null) {
            b.addParameter(parameter).addJavadoc("\n@param $N $L", parameter.name(), parameterDoc);
        }
        b.addJavadoc("\n@return this builder\n");
        if (p.deprecated()) {
            b.addAnnotation(AnnotationSpec.builder(Deprecated.class).build())
                    .addJavadoc("@deprecated the parameter is documented as deprecated\n");
        }
        return b.addStatement("return set($S, $L)", p.name(), value).build();
    }

    /** The Java parameter name of a setter: the method name, or {@code value} for the escaped ones. */
    static String argumentName(ParameterModel p) {
        return p.methodName();
    }
}
