package dev.exobindings.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** A text's lines edited at random the ways a hand or a cut transfer breaks a file, for the importers' fuzz tests. */
public final class MangledLines {
    private MangledLines() {
    }

    /**
     * {@code lines} after one to {@code maxEdits} edits, each dropping a line, repeating one, cutting one short,
     * swapping two or changing one with {@code change}. Never empty.
     */
    public static List<String> of(List<String> lines, Random random, int maxEdits, UnaryOperator<String> change) {
        List<String> out = new ArrayList<>(lines);
        for (int edits = 1 + random.nextInt(maxEdits); edits > 0; edits--) {
            if (out.isEmpty()) {
                out.add("");
            }
            int at = random.nextInt(out.size());
            switch (random.nextInt(5)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, out.get(random.nextInt(out.size())));
                case 2 -> out.set(at, out.get(at).substring(0, random.nextInt(out.get(at).length() + 1)));
                case 3 -> Collections.swap(out, at, random.nextInt(out.size()));
                default -> out.set(at, change.apply(out.get(at)));
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }
}
