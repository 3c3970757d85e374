package dev.exobindings.simulator.cmdlets;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cmdlets one caller's Exchange roles let it call, which are also the cmdlets its module text holds: the service
 * trims both by the same role membership.
 *
 * @param everything whether the caller may call every cmdlet of the snapshot
 * @param cmdlets    otherwise, the cmdlets it may call (case-insensitive); empty = a caller without any Exchange role
 */
public record CallerRole(boolean everything, Set<String> cmdlets) {
    /** A caller whose roles include every cmdlet. */
    public static final CallerRole EVERYTHING = new CallerRole(true, Set.of());

    public CallerRole {
        TreeSet<String> folded = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        folded.addAll(everything ? Set.of() : cmdlets);
        cmdlets = Collections.unmodifiableSet(folded);
    }

    /** A caller limited to these cmdlets (an empty set: no Exchange role at all). */
    public static CallerRole limitedTo(Set<String> cmdlets) {
        return new CallerRole(false, cmdlets);
    }

    /** Whether the role lets the caller call {@code cmdlet}. */
    public boolean allows(String cmdlet) {
        return everything || cmdlets.contains(cmdlet);
    }

    /** Whether the caller has no Exchange role at all. */
    public boolean none() {
        return !everything && cmdlets.isEmpty();
    }
}
