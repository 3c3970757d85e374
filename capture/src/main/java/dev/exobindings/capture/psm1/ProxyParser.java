package dev.exobindings.capture.psm1;

import java.util.List;
import java.util.Locale;

/**
 * Reads one proxy function from after its name to its closing brace: {@code [CmdletBinding(…)]}, the
 * {@code param()} block, then the body, in which it looks only for what the issue names: the batching flag
 * ({@code -EnableBatchingStatus:$x}), the routing hint ({@code -ParameterBasedRoutingHintDelegate …} with
 * {@code -ParameterBasedRoutingHintParameterValue $Param}) and the numeric impact ({@code $cmdletConfirmImpactValue = n}).
 */
final class ProxyParser {
    private final TokenStream ts;
    private final LiteralParser literals;
    private final ParamBlockParser params;

    ProxyParser(TokenStream ts) {
        this.ts = ts;
        this.literals = new LiteralParser(ts);
        this.params = new ParamBlockParser(ts, literals);
    }

    /** {@code open} is the function's {@code {}, already read; {@code outer} the depth before it. */
    ProxyFunction read(String name, String helpFile, int line, Token open, int outer) {
        ts.skipNewlines();
        CmdletBindingInfo binding = null;
        while (ts.peek().is(TokenKind.LBRACKET)) {
            ts.next();
            Token attribute = ts.expect(TokenKind.WORD, "an attribute name");
            String kind = attribute.text().toLowerCase(Locale.ROOT);
            if (!kind.equals("cmdletbinding") && !kind.equals("outputtype") && !kind.equals("alias")) {
                throw ts.error(attribute.offset(), "function attribute [" + attribute.text() + "(…)] of " + name
                        + " is not understood");
            }
            Attribute a = Attribute.read(ts, literals, attribute);
            if (kind.equals("cmdletbinding")) {
                binding = binding(a);
            }
            ts.skipNewlines();
        }
        if (binding == null) {
            throw ts.error(open.offset(), "proxy function " + name + " has no [CmdletBinding(…)]");
        }
        Token param = ts.next();
        if (!param.isWord("param")) {
            throw ts.unexpected(param, "param( … ) in proxy function " + name);
        }
        ts.skipLineBreaks();
        ts.expect(TokenKind.LPAREN, "'(' after param");
        List<ProxyParameter> parameters = params.parameters(name);
        return body(name, helpFile, line, open, outer, binding, parameters);
    }

    private ProxyFunction body(String name, String helpFile, int line, Token open, int outer,
                               CmdletBindingInfo binding, List<ProxyParameter> parameters) {
        Boolean batchable = null;
        String delegate = null;
        int delegateOffset = -1;
        String routingParameter = null;
        int routingOffset = -1;
        Integer impactValue = null;
        while (ts.depth() > outer) {
            Token t = ts.next();
            if (t.is(TokenKind.EOF)) {
                throw ts.error(open.offset(), "function " + name + " is never closed");
            }
            if (t.is(TokenKind.WORD) && t.text().startsWith("-")) {
                String switchName = t.text().endsWith(":") ? t.text().substring(1, t.text().length() - 1)
                        : t.text().substring(1);
                switch (switchName.toLowerCase(Locale.ROOT)) {
                    case "enablebatchingstatus" -> {
                        boolean value = booleanArgument(ts.next(), name);
                        if (batchable != null && batchable != value) {
                            throw ts.error(t.offset(), name + " passes -EnableBatchingStatus both $true and $false");
                        }
                        batchable = value;
                    }
                    case "parameterbasedroutinghintdelegate" -> {
                        Token d = ts.next();
                        delegate = delegateName(d, name);
                        delegateOffset = d.offset();
                    }
                    case "parameterbasedroutinghintparametervalue" -> {
                        Token v = ts.next();
                        if (!v.is(TokenKind.VARIABLE)) {
                            throw ts.unexpected(v, "the routing parameter as $Name");
                        }
                        routingParameter = v.text();
                        routingOffset = v.offset();
                    }
                    default -> {
                    }
                }
            } else if (t.is(TokenKind.VARIABLE) && t.text().equalsIgnoreCase("cmdletConfirmImpactValue")
                    && ts.peek().is(TokenKind.EQUALS)) {
                ts.next();
                Token n = ts.next();
                if (!n.is(TokenKind.WORD) || !n.text().matches("\\d+")) {
                    throw ts.unexpected(n, "a number for $cmdletConfirmImpactValue");
                }
                impactValue = Integer.valueOf(n.text());
            }
        }
        if (batchable == null) {
            throw ts.error(open.offset(), "proxy function " + name + " passes no -EnableBatchingStatus, so whether"
                    + " it may be batched is unknown");
        }
        RoutingHintParameter routing = routing(name, delegate, delegateOffset, routingParameter, routingOffset,
                parameters, open);
        checkImpact(name, binding, impactValue, open);
        return new ProxyFunction(name, helpFile, binding, parameters, batchable, routing, impactValue, line);
    }

    private boolean booleanArgument(Token v, String function) {
        if (v.is(TokenKind.VARIABLE) && v.text().equalsIgnoreCase("true")) {
            return true;
        }
        if (v.is(TokenKind.VARIABLE) && v.text().equalsIgnoreCase("false")) {
            return false;
        }
        throw ts.unexpected(v, "$true or $false after -EnableBatchingStatus in " + function);
    }

    private String delegateName(Token d, String function) {
        return switch (d.kind()) {
            case VARIABLE, WORD, STRING -> d.text();
            default -> throw ts.unexpected(d, "the routing-hint delegate of " + function);
        };
    }

    private RoutingHintParameter routing(String name, String delegate, int delegateOffset, String parameter,
                                         int parameterOffset, List<ProxyParameter> parameters, Token open) {
        if (delegate == null && parameter == null) {
            return null;
        }
        if (delegate == null || parameter == null) {
            throw ts.error(delegate == null ? parameterOffset : delegateOffset, name + " passes only one of "
                    + "-ParameterBasedRoutingHintDelegate and -ParameterBasedRoutingHintParameterValue");
        }
        String folded = delegate.toLowerCase(Locale.ROOT);
        RoutingRule rule;
        if (folded.contains("folder")) {
            rule = RoutingRule.FOLDER_ID;
        } else if (folded.contains("mailbox") || folded.contains("smtp")) {
            rule = RoutingRule.MAILBOX_ID;
        } else {
            throw ts.error(delegateOffset, "routing-hint delegate '" + delegate + "' of " + name + " names neither "
                    + "a mailbox-id nor a folder-id rule");
        }
        String declared = parameters.stream().map(ProxyParameter::name).filter(parameter::equalsIgnoreCase)
                .findFirst().orElseThrow(() -> ts.error(parameterOffset, name + " routes by $" + parameter
                        + ", which it does not declare"));
        return new RoutingHintParameter(declared, rule, delegate);
    }

    private void checkImpact(String name, CmdletBindingInfo binding, Integer value, Token open) {
        if (value == null || binding.confirmImpact() == null) {
            return;
        }
        int expected = switch (binding.confirmImpact().toLowerCase(Locale.ROOT)) {
            case "none" -> 0;
            case "low" -> 1;
            case "medium" -> 2;
            default -> 3;
        };
        if (value != expected) {
            throw ts.error(open.offset(), name + " declares ConfirmImpact='" + binding.confirmImpact()
                    + "' but its body uses impact value " + value);
        }
    }

    private CmdletBindingInfo binding(Attribute a) {
        a.noPositional();
        a.onlyNamed("defaultparametersetname", "supportsshouldprocess", "confirmimpact", "supportspaging",
                "positionalbinding", "helpuri", "remotingcapability", "supportstransactions");
        String impact = a.text("confirmimpact");
        if (impact != null && !List.of("none", "low", "medium", "high").contains(impact.toLowerCase(Locale.ROOT))) {
            throw ts.error(a.named.get("confirmimpact").offset(), "ConfirmImpact '" + impact + "' is not one of "
                    + "None, Low, Medium, High");
        }
        if (impact != null) {
            impact = impact.substring(0, 1).toUpperCase(Locale.ROOT) + impact.substring(1).toLowerCase(Locale.ROOT);
        }
        return new CmdletBindingInfo(a.text("defaultparametersetname"), a.bool("supportsshouldprocess"), impact);
    }
}
