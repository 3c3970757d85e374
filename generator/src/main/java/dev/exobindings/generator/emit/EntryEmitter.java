package dev.exobindings.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.EntryModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.SetParameter;
import dev.exobindings.generator.model.TypeRef;
import dev.exobindings.metadata.model.Cmdlet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The ways into one parameter set: the static entry methods (one per {@link ValueOverloads} overload of the
 * argument) and the staged steps — a small class per remaining mandatory parameter, nested in the set's builder,
 * whose one method names that parameter and leads to the next step or to the builder. A step is not a request, so
 * a call that leaves out a mandatory parameter does not compile, and each value is named at the call site:
 * {@code AddMailboxPermission.accessRights(FULL_ACCESS).identity("TV").user("alice")}.
 */
final class EntryEmitter {
    static final String BIND = "bind";
    private static final String REQUEST = "request";

    private final ValueOverloads overloads;

    EntryEmitter(JavaTypes types) {
        this.overloads = new ValueOverloads(types);
    }

    /** The step classes' names, in step order; unique within the builder and its enclosing classes. */
    static List<ClassName> stepClasses(ClassName builder, ParameterSetModel set) {
        Set<String> used = new HashSet<>();
        used.add(builder.simpleName().toLowerCase(java.util.Locale.ROOT));
        used.add(builder.enclosingClassName().simpleName().toLowerCase(java.util.Locale.ROOT));
        List<ClassName> names = new ArrayList<>();
        for (SetParameter step : set.steps()) {
            String method = step.parameter().methodName();
            String base = Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Step";
            String name = base;
            for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = base + n;
            }
            names.add(builder.nestedClass(name));
        }
        return names;
    }

    /** The static entry methods of one entry. */
    List<MethodSpec> entries(CmdletModel cmdlet, ParameterFacts parameterFacts, ParameterSetModel set, EntryModel entry,
                             ClassName builder) {
        List<ClassName> steps = stepClasses(builder, set);
        ClassName returns = steps.isEmpty() ? builder : steps.get(0);
        StringBuilder doc = new StringBuilder("Chooses ").append(set.name().equals(Cmdlet.ALL_PARAMETER_SETS)
                ? "the cmdlet's only parameter set" : "parameter set " + Javadocs.code(set.name()));
        if (entry.distinguishing() != null) {
            doc.append(", which {@code -").append(entry.distinguishing().parameter().name()).append("} belongs to alone");
        }
        doc.append(".\n");
        for (SetParameter sw : entry.presetSwitches()) {
            doc.append("<p>Sends the switch {@code -").append(sw.parameter().name()).append("}.\n");
        }
        set.parameters().stream().filter(sp -> sp.parameter().type().kind() == TypeRef.Kind.RESULT_SIZE)
                .findFirst().ifPresent(sp -> doc.append(listingNote(sp.parameter())));
        if (!set.steps().isEmpty()) {
            doc.append("<p>Then name the mandatory ").append(String.join(", ", set.steps().stream()
                    .map(s -> "{@code ." + s.parameter().methodName() + "(...)}").toList())).append(".\n");
        }
        CodeBlock.Builder presets = CodeBlock.builder();
        boolean deprecated = false;
        for (SetParameter sw : entry.presetSwitches()) {
            presets.add(".$N($S, $T.TRUE)", BIND, sw.parameter().name(), Boolean.class);
            deprecated |= sw.parameter().deprecated();
        }
        SetParameter argument = entry.argument();
        List<MethodSpec> methods = new ArrayList<>();
        if (argument == null) {
            CodeBlock chain = CodeBlock.builder().add("new $T()", builder).add(presets.build()).build();
            methods.add(finish(MethodSpec.methodBuilder(entry.methodName()), doc, returns, steps, chain, deprecated));
            return methods;
        }
        ParameterModel p = argument.parameter();
        String facts = "<p>{@code -" + p.name() + "} is " + (argument.mandatory() ? "mandatory" : "optional")
                + " in this set.\n" + parameterFacts.of(p);
        for (ValueOverloads.Overload o : overloads.of(p, false)) {
            CodeBlock chain = CodeBlock.builder().add("new $T().$N($S, $L)", builder, BIND, p.name(),
                    o.value().block()).add(presets.build()).build();
            // the parameter's facts once, on the first overload; the others point to it
            StringBuilder methodDoc = new StringBuilder(doc)
                    .append(methods.isEmpty() ? facts : ParameterFacts.see(p, entry.methodName()));
            MethodSpec.Builder m = o.addTo(MethodSpec.methodBuilder(entry.methodName()), methodDoc);
            methods.add(finish(m, methodDoc, returns, steps, chain, deprecated || p.deprecated()));
        }
        return methods;
    }

    /**
     * A listing stops at the service's default row count unless the caller asks for more: said where the call is
     * written, because a truncated listing looks complete.
     */
    private static String listingNote(ParameterModel resultSize) {
        return "<p>A listing: without {@code ." + resultSize.methodName() + "(...)} the service returns its default "
                + "number of rows (1000 for most cmdlets). {@code ExchangeClient.invoke} then stops after them, logs "
                + "one warning and reports {@code InvokeResult.truncated()}; {@code ExchangeClient.stream} follows "
                + "every page. For every row send {@code ." + resultSize.methodName() + "(ResultSize.unlimited())}.\n";
    }

    private static MethodSpec finish(MethodSpec.Builder m, StringBuilder doc, ClassName returns,
                                     List<ClassName> steps, CodeBlock chain, boolean deprecated) {
        doc.append("\n@return ").append(steps.isEmpty() ? "a builder for the set's optional parameters"
                : "the next step").append('\n');
        if (deprecated) {
            m.addAnnotation(Deprecated.class);
            doc.append("@deprecated binds a parameter documented as deprecated\n");
        }
        m.addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(returns).addJavadoc("$L", doc.toString());
        return (steps.isEmpty() ? m.addStatement("return $L", chain) : m.addStatement("return new $T($L)", returns,
                chain)).build();
    }

    /** The step classes of a set, to nest in its builder. */
    List<TypeSpec> steps(CmdletModel cmdlet, ParameterFacts parameterFacts, ParameterSetModel set, ClassName builder) {
        List<ClassName> names = stepClasses(builder, set);
        List<TypeSpec> types = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            SetParameter step = set.steps().get(i);
            ParameterModel p = step.parameter();
            ClassName next = i + 1 < names.size() ? names.get(i + 1) : builder;
            TypeSpec.Builder t = TypeSpec.classBuilder(names.get(i))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("A step of {@code $L} in $L: names the mandatory {@code -$L}.\n", cmdlet.name(),
                            set.name().equals(Cmdlet.ALL_PARAMETER_SETS) ? "its only parameter set"
                                    : "parameter set " + Javadocs.code(set.name()), p.name())
                    .addField(FieldSpec.builder(builder, REQUEST, Modifier.PRIVATE, Modifier.FINAL).build())
                    .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                            .addParameter(builder, REQUEST).addStatement("this.$N = $N", REQUEST, REQUEST).build());
            String facts = parameterFacts.of(p);
            boolean first = true;
            for (ValueOverloads.Overload o : overloads.of(p, false)) {
                StringBuilder doc = new StringBuilder(o.summary()).append(first ? facts : ParameterFacts.see(p));
                MethodSpec.Builder m = o.addTo(MethodSpec.methodBuilder(p.methodName()).addModifiers(Modifier.PUBLIC)
                        .returns(next), doc);
                doc.append("\n@return ").append(next == builder ? "the builder" : "the next step").append('\n');
                SetterEmitter.deprecation(p, m, doc);
                m.addJavadoc("$L", doc.toString());
                CodeBlock bound = o.value().passedTo(REQUEST + "." + BIND, p.name()).block();
                t.addMethod(next == builder ? m.addStatement("return $L", bound).build()
                        : m.addStatement("return new $T($L)", next, bound).build());
                first = false;
            }
            types.add(t.build());
        }
        return types;
    }
}
