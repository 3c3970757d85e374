package dev.exobindings.generator.emit;

import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.ParameterModel;
import dev.exobindings.generator.model.ParameterSetModel;
import dev.exobindings.generator.model.SetParameter;
import dev.exobindings.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Javadoc paragraphs stating the snapshot facts of one cmdlet's parameters. Only facts: never description prose.
 * Built once per cmdlet in one pass over its sets: a parameter's facts are asked for by every builder, entry and step
 * that has it, and walking all sets for each ask made it the costliest of our own methods for the JIT in a cold run.
 */
final class ParameterFacts {
    private final CmdletModel cmdlet;
    /** Keyed by identity: one model per parameter, and the records' deep hash is a walk of every fact. */
    private final Map<ParameterModel, List<Membership>> memberships = new IdentityHashMap<>();
    private final Map<ParameterModel, String> rendered = new IdentityHashMap<>();

    private record Membership(ParameterSetModel set, SetParameter in) {
    }

    private ParameterFacts(CmdletModel cmdlet) {
        this.cmdlet = cmdlet;
        for (ParameterSetModel set : cmdlet.sets()) {
            for (SetParameter sp : set.parameters()) {
                memberships.computeIfAbsent(sp.parameter(), k -> new ArrayList<>()).add(new Membership(set, sp));
            }
        }
    }

    /** The facts of {@code cmdlet}'s parameters; one instance per emitted class, not shared between threads. */
    static ParameterFacts of(CmdletModel cmdlet) {
        return new ParameterFacts(cmdlet);
    }

    /**
     * What the second and later overloads of a method say instead of repeating the facts: {@code {@link #x}} is the
     * first overload, which carries them. Every fact stays in the Javadoc, once per method name.
     */
    static String see(ParameterModel parameter) {
        return see(parameter, parameter.methodName());
    }

    /** {@link #see(ParameterModel)} for overloads named {@code methodName} (an entry is named after its set). */
    static String see(ParameterModel parameter, String methodName) {
        return "<p>The facts of {@code -" + parameter.name() + "}: see {@link #" + methodName + "}.\n";
    }

    /** Paragraphs (without a leading summary) for {@code parameter}. */
    String of(ParameterModel parameter) {
        return rendered.computeIfAbsent(parameter, this::render);
    }

    private String render(ParameterModel parameter) {
        StringBuilder sb = new StringBuilder();
        sb.append("<p>Declared type: ").append(Javadocs.code(parameter.declaredType().isEmpty() ? "(none)"
                : parameter.declaredType()));
        if (parameter.type().isList()) {
            sb.append(" (several values)");
        }
        if (parameter.unknownType()) {
            sb.append("; not a type the generator knows, so it is sent as a String");
        }
        sb.append(".\n");
        List<String> sets = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        boolean byValue = false;
        boolean byProperty = false;
        for (Membership m : memberships.getOrDefault(parameter, List.of())) {
            SetParameter sp = m.in();
            sets.add(setName(m.set()) + flags(sp));
            flags.add(flags(sp));
            byValue |= sp.pipelineByValue();
            byProperty |= sp.pipelineByProperty();
        }
        if (cmdlet.sets().size() > 1 && sets.size() == cmdlet.sets().size()
                && flags.stream().distinct().count() == 1) {
            sb.append("<p>Parameter sets: every set,").append(flags.get(0)).append(".\n");
        } else {
            sb.append("<p>Parameter sets: ").append(String.join("; ", sets)).append(".\n");
        }
        if (byValue || byProperty) {
            sb.append("<p>Pipeline input: ").append(byValue ? "by value" : "")
                    .append(byValue && byProperty ? ", " : "").append(byProperty ? "by property name" : "")
                    .append(".\n");
        }
        if (!parameter.aliases().isEmpty()) {
            sb.append("<p>Aliases: ").append(Javadocs.codeList(parameter.aliases())).append(".\n");
        }
        if (!parameter.allowedValues().isEmpty()) {
            sb.append("<p>Allowed values: ").append(Javadocs.codeList(parameter.allowedValues())).append(".\n");
        }
        if (parameter.type().kind() == TypeRef.Kind.RESULT_SIZE) {
            sb.append("<p>Takes a {@link dev.exobindings.runtime.value.ResultSize}, e.g. "
                    + "{@code ResultSize.unlimited()} or {@code ResultSize.of(100)}.\n");
        }
        if (parameter.internal()) {
            sb.append("<p>Documented as internal-only.\n");
        }
        return sb.toString();
    }

    private static String setName(ParameterSetModel set) {
        return set.name().equals(dev.exobindings.metadata.model.Cmdlet.ALL_PARAMETER_SETS) ? "(the only set)"
                : Javadocs.code(set.name());
    }

    /** " mandatory, position 0" / " optional". */
    private static String flags(SetParameter sp) {
        return (sp.mandatory() ? " mandatory" : " optional") + (sp.position() != null ? ", position " + sp.position()
                : "");
    }
}
