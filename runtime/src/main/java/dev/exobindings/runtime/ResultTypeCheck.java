package dev.exobindings.runtime;

import dev.exobindings.runtime.model.ModelType;
import java.util.List;

/**
 * Fails fast when a user's row type asks for a property the cmdlet's result model does not have: such a component
 * would silently stay null ({@code smtp} instead of {@code PrimarySmtpAddress}).
 */
final class ResultTypeCheck {
    private ResultTypeCheck() {
    }

    static void check(CmdletRequest request, Class<?> rowType, List<String> wireNames) {
        if (!(request instanceof TypedCmdletRequest<?> typed)) {
            return;
        }
        ModelType<?> model = typed.resultType();
        for (String wire : wireNames) {
            if (model.property(wire).isEmpty()) {
                String javaName = Character.toLowerCase(wire.charAt(0)) + wire.substring(1);
                throw new IllegalArgumentException(rowType.getSimpleName() + "." + javaName + " is not a property of "
                        + model.name() + ", the result of " + request.cmdletName()
                        + model.closestProperty(wire).map(p -> "; did you mean " + p + "?").orElse("")
                        + " (rename the component, or use JsonNode rows for properties the model lacks)");
            }
        }
    }
}
