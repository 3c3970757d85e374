package dev.exobindings.runtime;

import dev.exobindings.runtime.json.RequestBodies;
import java.util.Map;

/**
 * One cmdlet invocation, ready to send: the cmdlet's name and its bound parameters in order.
 * Generated builders implement it through {@link AbstractCmdletRequest}; {@link #of(String)} builds one
 * by hand for cmdlets the snapshot lacks.
 */
public interface CmdletRequest {

    /** The cmdlet name, e.g. {@code Get-Mailbox}. */
    String cmdletName();

    /**
     * The bound parameters in the order they were set. Values are Java values the runtime knows how to
     * encode (String, Boolean, Integer, Long, UUID, Instant, Duration, the types of
     * {@code dev.exobindings.runtime.value}, Lists, Maps, byte[]).
     */
    Map<String, Object> parameters();

    /** Whether the cmdlet supports -Confirm/-WhatIf (ShouldProcess); such calls send {@code "Confirm": false}. */
    default boolean supportsShouldProcess() {
        return false;
    }

    /** The exact JSON body this request sends, without sending it. Secrets are rendered redacted. */
    default String toJson() {
        return RequestBodies.render(cmdletName(), parameters(),
                supportsShouldProcess() ? InvokeEngine.switches(ConfirmMode.EXECUTE) : Map.of());
    }

    /** Starts a hand-built request for any cmdlet, e.g. {@code CmdletRequest.of("Get-Foo").param("X", 1)}. */
    static DynamicCmdletRequest of(String cmdletName) {
        return new DynamicCmdletRequest(cmdletName);
    }
}
