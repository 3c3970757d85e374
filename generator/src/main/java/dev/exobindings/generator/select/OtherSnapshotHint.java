package dev.exobindings.generator.select;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import java.util.List;
import java.util.Optional;

/**
 * For include globs that match no cmdlet of the snapshot: the bundled snapshot they do match, if any. An include of
 * {@code Get-Mailbox} against the Security &amp; Compliance snapshot is no typo; "correct the spelling" would send the
 * user looking for one.
 */
public final class OtherSnapshotHint {
    private OtherSnapshotHint() {
    }

    /**
     * The fix to print for {@code unmatched} globs of snapshot {@code current}: use the bundled snapshot that has
     * cmdlets they match; empty when none does (then a typo is the likely cause).
     */
    public static Optional<String> of(List<String> unmatched, String current) {
        for (String other : BundledSnapshots.names()) {
            if (other.equals(current)) {
                continue;
            }
            List<String> names = BundledSnapshots.load(other).cmdlets().stream().map(Cmdlet::name).toList();
            List<String> stillUnmatched = CmdletFilter.of(unmatched, List.of()).unmatchedIncludes(names);
            if (stillUnmatched.size() < unmatched.size()) {
                return Optional.of("they name cmdlets of the bundled snapshot " + other + ", not of " + current
                        + ": generate them from " + other + " (a separate execution or output), or remove the glob");
            }
        }
        return Optional.empty();
    }
}
