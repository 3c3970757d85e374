package dev.exobindings.generator.translate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to a misspelt one, for a "did you mean" hint: edit distance (insertions, deletions,
 * substitutions and swaps of neighbours), ignoring case as PowerShell does. Only names within a quarter of the
 * written length (at least one edit, at most two) are offered, so that an unrelated name is not suggested
 * ({@code -DisabledX} is three edits from {@code -EnabledX}).
 */
final class NearestNames {
    private static final int MAX_SUGGESTIONS = 3;

    private NearestNames() {
    }

    /** Up to three names at the smallest distance from {@code written}, in {@code names}' order; may be empty. */
    static List<String> to(String written, Collection<String> names) {
        String w = written.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(2, w.length() / 4));
        int best = limit;
        List<String> nearest = new ArrayList<>();
        for (String name : names) {
            int d = distance(w, name.toLowerCase(Locale.ROOT), best);
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best && nearest.size() < MAX_SUGGESTIONS && !nearest.contains(name)) {
                nearest.add(name);
            }
        }
        return nearest;
    }

    /** The hint to append to a message, e.g. {@code "; did you mean -A or -B?"}; empty when there is none. */
    static String hint(String prefix, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.stream().map(n -> prefix + n).toList();
        String joined = shown.size() == 1 ? shown.get(0)
                : String.join(", ", shown.subList(0, shown.size() - 1)) + " or " + shown.get(shown.size() - 1);
        return "; did you mean " + joined + "?";
    }

    /**
     * Optimal string alignment distance, or {@link Integer#MAX_VALUE} as soon as it is certain to exceed {@code cap}
     * (rows of the table never get cheaper, so a row whose every cell is over the cap ends the search).
     */
    private static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) > cap) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > cap) {
                return Integer.MAX_VALUE;
            }
        }
        return d[a.length()][b.length()];
    }
}
