package dev.exobindings.capture.psm1;

import java.util.List;
import java.util.Random;

/**
 * Writes a {@link ProxyFunction} as module text, choosing among the spellings the parser must accept: {@code $true},
 * {@code 1}, {@code 'true'} or a bare name for true; single or double quotes with their escapes; comments, blank
 * lines and backtick continuations between tokens. Test-only: the property tests parse what it writes.
 */
final class ProxyTextWriter {
    private final Random random;
    private final StringBuilder out = new StringBuilder();

    ProxyTextWriter(Random random) {
        this.random = random;
    }

    String write(ProxyFunction f) {
        out.append("# .ExternalHelp ").append(f.helpFile()).append('\n');
        out.append("function script:").append(f.name()).append('\n').append("{\n    [CmdletBinding(");
        StringBuilder binding = new StringBuilder();
        CmdletBindingInfo b = f.binding();
        if (b.defaultParameterSet() != null) {
            binding.append("DefaultParameterSetName=").append(quoted(b.defaultParameterSet()));
        }
        if (b.supportsShouldProcess()) {
            binding.append(binding.isEmpty() ? "" : ", ").append("SupportsShouldProcess").append(truth());
        }
        if (b.confirmImpact() != null) {
            binding.append(binding.isEmpty() ? "" : ", ").append("ConfirmImpact=")
                    .append(random.nextBoolean() ? quoted(b.confirmImpact())
                            : "[System.Management.Automation.ConfirmImpact]::" + b.confirmImpact());
        }
        out.append(binding).append(")]").append(comment()).append("\n    param(").append(gap());
        List<ProxyParameter> parameters = f.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            parameter(parameters.get(i));
            out.append(i + 1 < parameters.size() ? "," + gap() : gap());
        }
        out.append(")\n    Begin {\n");
        if (f.confirmImpactValue() != null) {
            out.append("        $cmdletConfirmImpactValue = ").append(f.confirmImpactValue()).append('\n');
        }
        out.append("        Open-ProxyBatch -EnableBatchingStatus:$").append(f.batchable())
                .append(" -ExpectingInput:$PSCmdlet.MyInvocation.ExpectingInput\n    }\n    Process {\n")
                .append("        if ($x) { Write-Verbose \"a } in $(\"a string\") and `\"quotes`\"\" }\n")
                .append("        Execute-Command -CmdletName '").append(f.name()).append("' -Parameters $PSBoundParameters");
        if (f.routing() != null) {
            out.append(" `\n            -ParameterBasedRoutingHintDelegate ${").append(f.routing().delegate())
                    .append("} -ParameterBasedRoutingHintParameterValue $").append(f.routing().parameter());
        }
        return out.append("\n    }\n}\n").toString();
    }

    private void parameter(ProxyParameter p) {
        for (ParameterAttribute a : p.attributes()) {
            StringBuilder args = new StringBuilder();
            if (a.setName() != null) {
                args.append("ParameterSetName").append(spaced("=")).append(quoted(a.setName()));
            }
            if (a.mandatory()) {
                args.append(args.isEmpty() ? "" : separator()).append("Mandatory").append(truth());
            } else if (random.nextInt(4) == 0) {
                args.append(args.isEmpty() ? "" : separator()).append("Mandatory=").append(random.nextBoolean() ? "$false" : "0");
            }
            if (a.position() != null) {
                args.append(args.isEmpty() ? "" : separator()).append("Position=")
                        .append(random.nextBoolean() ? a.position() : "(" + a.position() + ")");
            }
            if (a.valueFromPipeline()) {
                args.append(args.isEmpty() ? "" : separator()).append("ValueFromPipeline").append(truth());
            }
            if (a.valueFromPipelineByPropertyName()) {
                args.append(args.isEmpty() ? "" : separator()).append("ValueFromPipelineByPropertyName").append(truth());
            }
            out.append("    [Parameter(").append(args).append(")]").append(gap());
        }
        if (!p.aliases().isEmpty()) {
            out.append("    [Alias(").append(list(p.aliases())).append(")]").append(gap());
        }
        if (!p.validateSet().isEmpty()) {
            out.append("    [ValidateSet(").append(list(p.validateSet())).append(")]").append(gap());
        }
        if (p.validateNotNullOrEmpty()) {
            out.append("    [ValidateNotNullOrEmpty()]").append(gap());
        }
        if (p.validateNotNull()) {
            out.append("    [ValidateNotNull()]").append(gap());
        }
        bounds("ValidateLength", p.validateLength());
        bounds("ValidateRange", p.validateRange());
        bounds("ValidateCount", p.validateCount());
        if (p.type() != null) {
            out.append("    [").append(p.type()).append("]").append(gap());
        }
        out.append("    ${").append(p.name().replace("`", "``").replace("}", "`}")).append("}");
    }

    private void bounds(String name, Bounds bounds) {
        if (bounds != null) {
            out.append("    [").append(name).append('(').append(bounds.min())
                    .append(bounds.max() == null ? "" : separator() + bounds.max()).append(")]").append(gap());
        }
    }

    private String list(List<String> values) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            s.append(i == 0 ? "" : separator()).append(quoted(values.get(i)));
        }
        return s.toString();
    }

    private String truth() {
        return switch (random.nextInt(4)) {
            case 0 -> "=$true";
            case 1 -> " = 1";
            case 2 -> "='true'";
            default -> "";
        };
    }

    private String quoted(String value) {
        if (random.nextBoolean()) {
            return "'" + value.replace("'", "''") + "'";
        }
        return "\"" + value.replace("`", "``").replace("\"", "`\"").replace("$", "`$") + "\"";
    }

    private String separator() {
        return switch (random.nextInt(4)) {
            case 0 -> ", ";
            case 1 -> ",";
            case 2 -> ", `\n        ";
            default -> ",\n        ";
        };
    }

    private String spaced(String s) {
        return random.nextBoolean() ? s : " " + s + " ";
    }

    private String gap() {
        return switch (random.nextInt(5)) {
            case 0 -> "\n";
            case 1 -> "\n\n";
            case 2 -> " <# note #> \n";
            case 3 -> comment() + "\n";
            default -> " ";
        };
    }

    private String comment() {
        return random.nextInt(3) == 0 ? " # a comment with 'quotes' ( and [brackets" : "";
    }
}
