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
    private static final int NONE = -1;

    private SnapshotText() {
    }

    /**
     * Checks every string of one cmdlet that reaches generated code. The location in the message is built only
     * when a string fails: every generation checks every string of the snapshot, and almost none fails.
     */
    static void check(int index, Cmdlet cmdlet) {
        check(cmdlet.documentationUrl(), index, cmdlet, NONE, "documentationUrl", NONE);
        check(cmdlet.defaultParameterSet(), index, cmdlet, NONE, "defaultParameterSet", NONE);
        each(cmdlet.parameterSets(), index, cmdlet, NONE, "parameterSets");
        for (int i = 0; i < cmdlet.parameters().size(); i++) {
            Parameter p = cmdlet.parameters().get(i);
            check(p.type(), index, cmdlet, i, "type", NONE);
            check(p.elementType(), index, cmdlet, i, "elementType", NONE);
            each(p.aliases(), index, cmdlet, i, "aliases");
            each(p.allowedValues(), index, cmdlet, i, "allowedValues");
            for (int s = 0; s < p.sets().size(); s++) {
                check(p.sets().get(s).name(), index, cmdlet, i, "sets", s);
            }
        }
    }

    private static void each(List<String> values, int index, Cmdlet cmdlet, int parameter, String field) {
        for (int i = 0; i < values.size(); i++) {
            check(values.get(i), index, cmdlet, parameter, field, i);
        }
    }

    private static void check(String text, int index, Cmdlet cmdlet, int parameter, String field, int element) {
        int at = loneSurrogate(text);
        if (at >= 0) {
            throw new GeneratorException(where(index, cmdlet, parameter, field, element) + ": a lone surrogate U+"
                    + Integer.toHexString(text.charAt(at)).toUpperCase(Locale.ROOT) + " at index " + at
                    + " is not a character and cannot be written to a source file. Fix the snapshot (its JSON has "
                    + "an unpaired \\u escape), or exclude " + cmdlet.name() + ".");
        }
    }

    /** {@code Snapshot cmdlets[3] (Get-X) parameters[2] (Name) aliases[0]}. */
    private static String where(int index, Cmdlet cmdlet, int parameter, String field, int element) {
        StringBuilder sb = new StringBuilder("Snapshot cmdlets[").append(index).append("] (").append(cmdlet.name())
                .append(')');
        if (parameter != NONE) {
            sb.append(" parameters[").append(parameter).append("] (")
                    .append(cmdlet.parameters().get(parameter).name()).append(')');
        }
        sb.append(' ').append(field);
        if (element != NONE) {
            sb.append('[').append(element).append(']');
        }
        return sb.toString();
    }

    /** The index of the first unpaired surrogate, or -1 (also for {@code null}). */
    private static int loneSurrogate(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
