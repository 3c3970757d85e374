package dev.exobindings.generator.model;

import dev.exobindings.generator.GeneratorException;
import dev.exobindings.metadata.model.Cmdlet;
import java.util.List;

/**
 * Sizes javac cannot compile are refused here, with the cmdlet's name, instead of failing later in the user's
 * build with "code too large" or "too many constants". An enum's static initializer grows by about 27 bytes of
 * bytecode per constant (64 KB per method: about 2,400 constants); a cmdlet's builders and the catalog grow with
 * its parameters. No method takes more than two arguments (entries take one, staged steps name the others), so
 * the 255-parameter limit cannot be reached.
 */
final class SizeLimits {
    static final int MAX_PARAMETERS_PER_CMDLET = 2_000;
    static final int MAX_ENUM_CONSTANTS = 2_000;

    private SizeLimits() {
    }

    static void checkCmdlet(int index, Cmdlet cmdlet) {
        if (cmdlet.parameters().size() > MAX_PARAMETERS_PER_CMDLET) {
            throw new GeneratorException("Snapshot cmdlets[" + index + "] (" + cmdlet.name() + ") has "
                    + cmdlet.parameters().size() + " parameters; at most " + MAX_PARAMETERS_PER_CMDLET + " fit in "
                    + "classes javac can compile (\"code too large\", \"too many constants\"). Nothing was generated: "
                    + "exclude " + cmdlet.name() + " or fix the snapshot.");
        }
    }

    static void checkEnums(List<EnumModel> enums) {
        for (EnumModel e : enums) {
            if (e.constants().size() > MAX_ENUM_CONSTANTS) {
                throw new GeneratorException("Enum " + e.className() + " (" + String.join(", ",
                        e.usedBy().subList(0, Math.min(3, e.usedBy().size()))) + (e.usedBy().size() > 3 ? ", …" : "")
                        + ") would have " + e.constants().size() + " values; at most " + MAX_ENUM_CONSTANTS
                        + " fit in a Java enum (javac: \"code too large\"). Nothing was generated: exclude "
                        + firstCmdlet(e.usedBy()) + " or fix its value list in the snapshot.");
            }
        }
    }

    private static String firstCmdlet(List<String> usedBy) {
        return usedBy.isEmpty() ? "the cmdlet" : usedBy.get(0).split(" ")[0];
    }
}
