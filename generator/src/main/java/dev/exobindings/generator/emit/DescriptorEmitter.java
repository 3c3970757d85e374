package dev.exobindings.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.exobindings.generator.model.CmdletModel;
import dev.exobindings.generator.model.DescriptorModel;
import dev.exobindings.metadata.model.CmdletTraits;
import javax.lang.model.element.Modifier;

/**
 * Emits a cmdlet class's {@code DESCRIPTOR}: the runtime's {@code CmdletDescriptor} built from the snapshot's traits
 * (ShouldProcess and ConfirmImpact, batching, routing parameter and rule, HTTP timeout). Builder calls equal to the
 * runtime's defaults are left out so the common case stays one line.
 */
final class DescriptorEmitter {
    static final String FIELD = "DESCRIPTOR";
    private static final ClassName DESCRIPTOR = ClassName.get(JavaTypes.RUNTIME, "CmdletDescriptor");
    private static final ClassName IMPACT = DESCRIPTOR.nestedClass("ConfirmImpact");
    private static final ClassName RULE = DESCRIPTOR.nestedClass("RoutingRule");

    private DescriptorEmitter() {
    }

    static FieldSpec field(CmdletModel cmdlet, String cmdletNameField) {
        return FieldSpec.builder(DESCRIPTOR, FIELD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L", javadoc(cmdlet.descriptor()))
                .initializer(initializer(cmdlet.descriptor(), cmdletNameField)).build();
    }

    private static CodeBlock initializer(DescriptorModel d, String cmdletNameField) {
        if (!d.traitsKnown()) {
            return CodeBlock.of("$T.unknownTraits($N, $L)", DESCRIPTOR, cmdletNameField, d.supportsShouldProcess());
        }
        CodeBlock.Builder code = CodeBlock.builder().add("$T.builder($N)$>$>", DESCRIPTOR, cmdletNameField);
        if (d.supportsShouldProcess()) {
            code.add("\n.shouldProcess($T.$L)", IMPACT, d.confirmImpact().name());
        }
        if (!d.batchable()) {
            code.add("\n.batchable(false)");
        }
        if (d.routing() != null) {
            code.add("\n.routing($S, $T.$L, $L)", d.routing().parameter(), RULE, d.routing().kind().name(),
                    d.routingOptIn() == null ? "null" : CodeBlock.of("$S", d.routingOptIn()));
        }
        if (d.httpTimeoutSeconds() != CmdletTraits.DEFAULT_HTTP_TIMEOUT_SECONDS) {
            code.add("\n.httpTimeoutSeconds($L)", d.httpTimeoutSeconds());
        }
        return code.add("\n.build()$<$<").build();
    }

    private static String javadoc(DescriptorModel d) {
        StringBuilder sb = new StringBuilder("What the runtime needs to know about this cmdlet beyond its parameters.\n");
        if (!d.traitsKnown()) {
            return sb.append("<p>The snapshot has no module traits for it: ShouldProcess cmdlets are confirmed as ")
                    .append("High-impact ones, the cmdlet may be batched, it has no routing hint and the module's ")
                    .append("default HTTP timeout applies.\n").toString();
        }
        sb.append("<ul>\n<li>ShouldProcess: ").append(d.supportsShouldProcess()
                ? "yes, ConfirmImpact " + d.confirmImpact().name() : "no").append("</li>\n");
        sb.append("<li>batched by the module: ").append(d.batchable() ? "yes" : "no").append("</li>\n");
        if (d.routing() != null) {
            sb.append("<li>custom routing by {@code -").append(d.routing().parameter()).append("} (")
                    .append(d.routing().kind().name()).append(")").append(d.routingOptIn() == null ? ""
                            : ", when the call sets {@code -" + d.routingOptIn() + "} (never sent) or the client "
                            + "enables parameter-based routing").append("</li>\n");
        }
        sb.append("<li>HTTP timeout: ").append(d.httpTimeoutSeconds()).append(" s</li>\n</ul>\n");
        return sb.toString();
    }
}
