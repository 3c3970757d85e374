package dev.exobindings.capture.psm1;

import java.util.List;
import java.util.Optional;

/**
 * One proxy function of the module text: one cmdlet the service offers to this caller.
 *
 * @param name               the cmdlet name, e.g. {@code Get-Mailbox} (scope prefix removed)
 * @param helpFile           the {@code # .ExternalHelp} file named before the function
 * @param binding            its {@code CmdletBinding}
 * @param parameters         its parameters, in declaration order
 * @param batchable          the {@code -EnableBatchingStatus} value its Begin block passes
 * @param routing            its routing hint, or {@code null} when it has none
 * @param confirmImpactValue the numeric impact the body repeats ({@code $cmdletConfirmImpactValue}), or {@code null}
 * @param line               the line of the {@code function} keyword
 */
public record ProxyFunction(String name, String helpFile, CmdletBindingInfo binding, List<ProxyParameter> parameters,
                            boolean batchable, RoutingHintParameter routing, Integer confirmImpactValue, int line) {
    public ProxyFunction {
        parameters = List.copyOf(parameters);
    }

    /** A parameter by name, ignoring case. */
    public Optional<ProxyParameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equalsIgnoreCase(parameterName)).findFirst();
    }
}
