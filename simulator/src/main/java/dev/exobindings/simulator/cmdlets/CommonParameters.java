package dev.exobindings.simulator.cmdlets;

import java.util.Locale;
import java.util.Set;

/** PowerShell's common parameters, which every cmdlet accepts and the module forwards inside Parameters. */
final class CommonParameters {
    private static final Set<String> NAMES = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "progressaction", "errorvariable", "warningvariable", "informationvariable",
            "outvariable", "outbuffer", "pipelinevariable");

    private CommonParameters() {
    }

    static boolean isCommon(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }
}
