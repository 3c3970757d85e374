package dev.exobindings.simulator.protocol;

import java.util.List;

/**
 * What a cmdlet handler produced.
 *
 * @param rows                the output rows (paged and $select-ed later)
 * @param warnings            warnings for {@code @adminapi.warnings}
 * @param confirmationMessage the text for {@code @adminapi.confirmationmessage} (Confirm/WhatIf), or {@code null}
 * @param mutatedIdentities   identities of the objects this call changed, for the per-identity counters
 */
public record CmdletResult(Rows rows, List<String> warnings, String confirmationMessage,
                           List<String> mutatedIdentities) {

    public CmdletResult {
        warnings = List.copyOf(warnings);
        mutatedIdentities = List.copyOf(mutatedIdentities);
    }

    /** Rows from a read. */
    public static CmdletResult rows(Rows rows) {
        return new CmdletResult(rows, List.of(), null, List.of());
    }

    /** No output. */
    public static CmdletResult empty() {
        return rows(Rows.none());
    }

    /** A change to the named objects, with optional output rows. */
    public static CmdletResult mutated(Rows rows, List<String> identities) {
        return new CmdletResult(rows, List.of(), null, identities);
    }

    /** The Confirm/WhatIf answer: a message and no change. */
    public static CmdletResult confirmation(String message) {
        return new CmdletResult(Rows.none(), List.of(), message, List.of());
    }
}
