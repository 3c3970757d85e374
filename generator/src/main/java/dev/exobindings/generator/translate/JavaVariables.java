package dev.exobindings.generator.translate;

import javax.lang.model.SourceVersion;

/** The Java local variable a PowerShell variable becomes: its name, unless Java reserves it. */
final class JavaVariables {
    private JavaVariables() {
    }

    /** {@code mbx} → {@code mbx}; {@code class} → {@code classResult}; {@code _} → {@code _Result}. */
    static String of(String powerShellName) {
        return SourceVersion.isName(powerShellName) ? powerShellName : powerShellName + "Result";
    }
}
