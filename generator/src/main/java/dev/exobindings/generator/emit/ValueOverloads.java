package dev.exobindings.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways a value of one (non-switch) parameter can be written, shared by setters, entry methods and staged
 * steps so the three accept the same arguments:
 * <ul>
 *   <li>scalar: {@code x(T)}; a date also {@code x(OffsetDateTime)}; a flags enum also {@code x(E, E...)}; an enum
 *       also {@code x(String)} for values the snapshot does not know;</li>
 *   <li>several values: {@code x(List<T>)}, {@code x(T...)}, for setters {@code x(MultiValue<T>)} (add/remove),
 *       and for an enum element {@code x(String...)}.</li>
 * </ul>
 */
final class ValueOverloads {
    /**
     * One overload: its parameters and Javadoc lines, and the expression that is bound.
     *
     * @param summary first Javadoc sentence, ends with a newline
     */
    record Overload(List<ParameterSpec> parameters, List<String> parameterDocs, boolean varargs, Expression value,
                    String summary, Expression setterCall) {
        Overload(List<ParameterSpec> parameters, List<String> parameterDocs, boolean varargs, Expression value,
                 String summary, String parameterName) {
            this(parameters, parameterDocs, varargs, value, summary, value.passedTo("set", parameterName));
        }

        /**
         * The same overload whose setter binds the array or list argument through the base class's
         * {@code setArray}/{@code setList}: no generic {@code List.of}/{@code List.copyOf} call for javac to infer in
         * each of the thousands of setters (entries and steps, which are few, keep {@link #value()}).
         */
        Overload bindingThrough(String method, String parameterName) {
            return new Overload(parameters, parameterDocs, varargs, value, summary,
                    Expression.text(parameters.get(0).name()).passedTo(method, parameterName));
        }

        /** Adds this overload's parameters and varargs flag to a method, and their {@code @param} lines to its doc. */
        MethodSpec.Builder addTo(MethodSpec.Builder m, StringBuilder doc) {
            for (int i = 0; i < parameters.size(); i++) {
                m.addParameter(parameters.get(i));
                doc.append("\n@param ").append(parameters.get(i).name()).append(' ').append(parameterDocs.get(i));
            }
            return m.varargs(varargs);
        }
    }

    private final JavaTypes types;

    ValueOverloads(JavaTypes types) {
        this.types = types;
    }

    /** @param withMultiValue include the add/remove overload (setters only: a mandatory list is a whole list) */
    List<Overload> of(ParameterModel p, boolean withMultiValue) {
        TypeRef type = p.type();
        String arg = p.methodName();
        String x = "{@code -" + p.name() + "}";
        List<Overload> out = new ArrayList<>();
        if (type.isList()) {
            TypeRef element = type.element();
            TypeName elementType = types.of(element).box();
            out.add(one(types.of(type), arg, "the values", JavaTypes.stored(type, arg),
                    "Sets " + x + " to these values (replacing the whole list).\n", p.name())
                    .bindingThrough("setList", p.name()));
            if (JavaTypes.reifiable(element)) {
                out.add(new Overload(List.of(ParameterSpec.builder(ArrayTypeName.of(elementType), arg).build()),
                        List.of("the values"), true, Expression.code(CodeBlock.of("$T.of($N)", JavaTypes.LIST, arg)),
                        "Sets " + x + " to these values (replacing the whole list).\n", p.name())
                        .bindingThrough("setArray", p.name()));
            }
            if (withMultiValue) {
                out.add(one(ParameterizedTypeName.get(JavaTypes.MULTI_VALUE, elementType), arg, "the change",
                        Expression.text(arg), "Adds and/or removes values of " + x
                                + ": {@code MultiValue.add(...)}, {@code MultiValue.remove(...)}.\n", p.name()));
            }
            if (element.kind() == TypeRef.Kind.ENUM) {
                out.add(new Overload(List.of(ParameterSpec.builder(ArrayTypeName.of(JavaTypes.STRING), arg).build()),
                        List.of("the exact values"), true,
                        Expression.code(CodeBlock.of("$T.of($N)", JavaTypes.LIST, arg)),
                        "Sets " + x + " to raw values, for values the enum does not know yet.\n", p.name())
                        .bindingThrough("setArray", p.name()));
            }
            return out;
        }
        out.add(one(types.of(type), arg, "the value", JavaTypes.stored(type, arg), "Sets " + x + ".\n", p.name()));
        if (type.kind() == TypeRef.Kind.INSTANT) {
            out.add(one(JavaTypes.OFFSET_DATE_TIME, arg, "the value", Expression.text(arg),
                    "Sets " + x + " from a date-time with an offset; it is sent in UTC.\n", p.name()));
        }
        if (p.flags()) {
            String more = arg.equals("more") ? "moreValues" : "more";
            TypeName e = types.of(type);
            out.add(new Overload(List.of(ParameterSpec.builder(e, arg).build(),
                    ParameterSpec.builder(ArrayTypeName.of(e), more).build()), List.of("the first value",
                    "the other values"), true,
                    Expression.code(CodeBlock.of("$T.combine($N, $N)", JavaTypes.WIRE_ENUM, arg, more)),
                    "Sets " + x + " to several values of this flags enum, sent as one comma-separated string "
                            + "({@code \"A,B\"}).\n", p.name()));
        }
        if (type.kind() == TypeRef.Kind.ENUM) {
            out.add(one(JavaTypes.STRING, arg, "the exact value to send", Expression.text(arg),
                    "Sets " + x + " to a raw value, for values this enum does not know yet.\n", p.name()));
        }
        return out;
    }

    private static Overload one(TypeName type, String name, String doc, Expression value, String summary,
                                String parameterName) {
        return new Overload(List.of(ParameterSpec.builder(type, name).build()), List.of(doc), false, value, summary,
                parameterName);
    }
}
