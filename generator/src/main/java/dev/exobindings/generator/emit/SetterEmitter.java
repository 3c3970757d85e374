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
        if (p.type().kind() == TypeRef.Kind.SWITCH && p.name().equals(cmdlet.descriptor().routingOptIn())) {
            // the module's client-side switch: asks for parameter-based routing, never sent (so nothing to clear)
            methods.add(finish(p, start(p, self, "Asks for parameter-based routing on this call, as the module's {@code -"
                    + p.name() + "}: the anchor comes from {@code -" + cmdlet.descriptor().routing().parameter()
                    + "}. Client-side only: never sent.\n", facts), set(p, CodeBlock.of("$T.TRUE", Boolean.class))));
            return methods;
        }
        if (p.type().kind() == TypeRef.Kind.SWITCH) {
            methods.add(finish(p, start(p, self, "Sets the switch {@code -" + p.name() + "}: sends {@code true}.\n",
                    facts), set(p, CodeBlock.of("$T.TRUE", Boolean.class))));
            String arg = p.methodName();
            MethodSpec.Builder b = start(p, self, "Sets the switch {@code -" + p.name() + "} to the given value.\n",
                    ParameterFacts.see(p)).addParameter(ParameterSpec.builder(TypeName.BOOLEAN, arg).build())
                    .addJavadoc("\n@param $N true to send the switch as present, false to send it as false", arg);
            methods.add(finish(p, b, set(p, CodeBlock.of("$N", arg))));
            return methods;
        }
        for (ValueOverloads.Overload o : overloads.of(p, true)) {
            // the facts once, on the first overload (the one {@link #x} names); the others point to it
            String about = methods.isEmpty() ? facts : ParameterFacts.see(p);
            methods.add(finish(p, o.addTo(start(p, self, o.summary(), about)), o.setterCall()));
        }
        methods.add(clear(p, self));
        return methods;
    }

    private static MethodSpec.Builder start(ParameterModel p, TypeName self, String summary, String facts) {
        return MethodSpec.methodBuilder(p.methodName()).addModifiers(Modifier.PUBLIC).returns(self)
                .addJavadoc("$L", summary).addJavadoc("$L", facts);
    }

    private static MethodSpec finish(ParameterModel p, MethodSpec.Builder b, CodeBlock call) {
        b.addJavadoc("\n@return this builder\n");
        deprecation(p, b);
        return b.addStatement("return $L", call).build();
    }

    private static CodeBlock set(ParameterModel p, CodeBlock value) {
        return CodeBlock.of("set($S, $L)", p.name(), value);
    }

    /** {@code clearX()}: sends {@code -X $null}. */
    private static MethodSpec clear(ParameterModel p, TypeName self) {
        MethodSpec.Builder b = MethodSpec.methodBuilder(p.clearMethodName()).addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addJavadoc("Sends {@code -$L $$null} (JSON {@code null}): clears the value. See {@link #$L}.\n\n"
                        + "@return this builder\n", p.name(), p.methodName());
        deprecation(p, b);
        return b.addStatement("return clear($S)", p.name()).build();
    }

    static void deprecation(ParameterModel p, MethodSpec.Builder b) {
        if (p.deprecated()) {
            b.addAnnotation(Deprecated.class).addJavadoc("@deprecated the parameter is documented as deprecated\n");
        }
    }
}
