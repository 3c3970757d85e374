package dev.exobindings.generator.model;

import dev.exobindings.generator.GeneratorException;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import java.util.List;
import java.util.Locale;

/**
 * Rejects snapshot text that no source file can carry: a lone UTF-16 surrogate is not a character, so the
 * UTF-8 writer would replace it with {@code ?} and the generated code would silently send another value.
 */
final class SnapshotText {
    private SnapshotText() {
    }

    /** Checks every string of one cmdlet that reaches generated code. */
    static void check(int index, Cmdlet cmdlet) {
        String at = "Snapshot cmdlets[" + index + "] (" + cmdlet.name() + ")";
        check(at + " documentationUrl", cmdlet.documentationUrl(), cmdlet);
        check(at + " defaultParameterSet", cmdlet.defaultParameterSet(), cmdlet);
        each(at + " parameterSets", cmdlet.parameterSets(), cmdlet);
        for (int i = 0; i < cmdlet.parameters().size(); i++) {
            Parameter p = cmdlet.parameters().get(i);
            String where = at + " parameters[" + i + "] (" + p.name() + ")";
            check(where + " type", p.type(), cmdlet);
            check(where + " elementType", p.elementType(), cmdlet);
            each(where + " aliases", p.aliases(), cmdlet);
            each(where + " allowedValues", p.allowedValues(), cmdlet);
            for (int s = 0; s < p.sets().size(); s++) {
                check(where + " sets[" + s + "]", p.sets().get(s).name(), cmdlet);
            }
        }
    }

    private static void each(String where, List<String> values, Cmdlet cmdlet) {
        for (int i = 0; i < values.size(); i++) {
            check(where + "[" + i + "]", values.get(i), cmdlet);
        }
    }

    private static void check(String where, String text, Cmdlet cmdlet) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new GeneratorException(where + ": a lone surrogate U+" + Integer.toHexString(c)
                        .toUpperCase(Locale.ROOT) + " at index " + i + " is not a character and cannot be written "
                        + "to a source file. Fix the snapshot (its JSON has an unpaired \\u escape), or exclude "
                        + cmdlet.name() + ".");
            }
        }
    }
}
