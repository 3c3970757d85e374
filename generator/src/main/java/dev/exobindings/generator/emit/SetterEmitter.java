package dev.exobindings.generator.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The setters of one parameter on a builder: the {@link ValueOverloads} (a switch: {@code x()} sends {@code true},
 * {@code x(boolean)} what it is given), and {@code clearX()}, which sends {@code $null}: setters reject
 * {@code null}, so a value is never cleared by accident. A switch has no clear method: {@code x(false)} is its
 * "off".
 */
final class SetterEmitter {
    private final ValueOverloads overloads;

    SetterEmitter(JavaTypes types) {
        this.overloads = new ValueOverloads(types);
    }

    List<MethodSpec> setters(CmdletModel cmdlet, ParameterFacts parameterFacts, ParameterModel p, TypeName self) {
        String facts = parameterFacts.of(p);
        List<MethodSpec> methods = new ArrayList<>();
        Expression on = Expression.code(CodeBlock.of("$T.TRUE", Boolean.class)).passedTo("set", p.name());
        if (p.type().kind() == TypeRef.Kind.SWITCH && p.name().equals(cmdlet.descriptor().routingOptIn())) {
            // the module's client-side switch: asks for parameter-based routing, never sent (so nothing to clear)
            methods.add(finish(p, start(p, self), doc("Asks for parameter-based routing on this call, as the "
                    + "module's {@code -" + p.name() + "}: the anchor comes from {@code -"
                    + cmdlet.descriptor().routing().parameter() + "}. Client-side only: never sent.\n", facts), on));
            return methods;
        }
        if (p.type().kind() == TypeRef.Kind.SWITCH) {
            methods.add(finish(p, start(p, self), doc("Sets the switch {@code -" + p.name()
                    + "}: sends {@code true}.\n", facts), on));
            String arg = p.methodName();
            StringBuilder doc = doc("Sets the switch {@code -" + p.name() + "} to the given value.\n",
                    ParameterFacts.see(p)).append("\n@param ").append(arg)
                    .append(" true to send the switch as present, false to send it as false");
            MethodSpec.Builder b = start(p, self).addParameter(ParameterSpec.builder(TypeName.BOOLEAN, arg).build());
            methods.add(finish(p, b, doc, Expression.text(arg).passedTo("set", p.name())));
            return methods;
        }
        for (ValueOverloads.Overload o : overloads.of(p, true)) {
            // the facts once, on the first overload (the one {@link #x} names); the others point to it
            StringBuilder doc = doc(o.summary(), methods.isEmpty() ? facts : ParameterFacts.see(p));
            methods.add(finish(p, o.addTo(start(p, self), doc), doc, o.setterCall()));
        }
        methods.add(clear(p, self));
        return methods;
    }

    private static MethodSpec.Builder start(ParameterModel p, TypeName self) {
        return MethodSpec.methodBuilder(p.methodName()).addModifiers(Modifier.PUBLIC).returns(self);
    }

    /** A method's Javadoc is built as one text and added once: one JavaPoet part (see {@link Expression}). */
    private static StringBuilder doc(String summary, String facts) {
        return new StringBuilder(summary.length() + facts.length() + 64).append(summary).append(facts);
    }

    private static MethodSpec finish(ParameterModel p, MethodSpec.Builder b, StringBuilder doc, Expression call) {
        doc.append("\n@return this builder\n");
        deprecation(p, b, doc);
        return b.addJavadoc("$L", doc.toString()).addCode(call.returned()).build();
    }

    /** {@code clearX()}: sends {@code -X $null}. */
    private static MethodSpec clear(ParameterModel p, TypeName self) {
        MethodSpec.Builder b = MethodSpec.methodBuilder(p.clearMethodName()).addModifiers(Modifier.PUBLIC)
                .returns(self);
        StringBuilder doc = new StringBuilder("Sends {@code -").append(p.name())
                .append(" $null} (JSON {@code null}): clears the value. See {@link #").append(p.methodName())
                .append("}.\n\n@return this builder\n");
        deprecation(p, b, doc);
        return b.addJavadoc("$L", doc.toString()).addCode(Expression.call("clear", p.name()).returned()).build();
    }

    static void deprecation(ParameterModel p, MethodSpec.Builder b, StringBuilder doc) {
        if (p.deprecated()) {
            b.addAnnotation(Deprecated.class);
            doc.append("@deprecated the parameter is documented as deprecated\n");
        }
    }
}
