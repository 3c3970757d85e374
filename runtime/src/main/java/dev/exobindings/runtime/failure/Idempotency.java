package dev.exobindings.runtime.failure;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a cmdlet call may safely run twice. Reads are idempotent: the verbs Get, Test, Search, Export,
 * Find, Resolve, Read, Compare, Measure, Trace. Everything else (New, Add, Remove, Set, Enable, Disable, Send,
 * Start, Stop, Update, Import, …) is treated as a write. A call carrying {@code -DeleteContent}
 * (Search-Mailbox) is a write whatever its verb.
 */
public final class Idempotency {
    private static final Set<String> READ_VERBS =
            Set.of("get", "test", "search", "export", "find", "resolve", "read", "compare", "measure", "trace");

    private Idempotency() {
    }

    /** Whether a call of {@code cmdletName} with these parameter names only reads. */
    public static boolean isIdempotent(String cmdletName, Collection<String> parameterNames) {
        for (String name : parameterNames) {
            if (name.equalsIgnoreCase("DeleteContent")) {
                return false;
            }
        }
        return isReadVerb(cmdletName);
    }

    /** Whether the verb of {@code cmdletName} (the part before the first hyphen) is a read verb. */
    public static boolean isReadVerb(String cmdletName) {
        int dash = cmdletName.indexOf('-');
        String verb = dash < 0 ? cmdletName : cmdletName.substring(0, dash);
        return READ_VERBS.contains(verb.toLowerCase(Locale.ROOT));
    }
}
