package dev.exobindings.runtime;

import dev.exobindings.runtime.secret.SecretEncoder;
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
     * {@code dev.exobindings.runtime.value}, Lists, Maps, byte[]); a {@code null} value is sent as JSON
     * {@code null} (the parameter is cleared, PowerShell's {@code $null}).
     */
    Map<String, Object> parameters();

    /** Whether the cmdlet supports -Confirm/-WhatIf (ShouldProcess); {@code descriptor().supportsShouldProcess()}. */
    default boolean supportsShouldProcess() {
        return false;
    }

    /**
     * What the generator knew about the cmdlet (traits, routing parameter, timeout). Generated builders return
     * their class's {@code DESCRIPTOR}; the default says the traits are unknown.
     */
    default CmdletDescriptor descriptor() {
        return CmdletDescriptor.unknownTraits(cmdletName(), supportsShouldProcess());
    }

    /**
     * The exact JSON body {@code ExchangeClient.invoke(request)} sends by default (no Confirm key below High impact,
     * {@code "Confirm": false} for High), without sending it. Secrets are rendered redacted.
     */
    default String toJson() {
        return InvokeEngine.envelope(this, SecretEncoder.redacted(), InvokeEngine.defaultMode(this)).toString();
    }

    /**
     * The exact JSON body {@code ExchangeClient.invoke(request, mode)} sends: {@code "Confirm": true} for
     * {@link ConfirmMode#VALIDATE}, {@code "WhatIf": true} for {@link ConfirmMode#WHAT_IF} (ShouldProcess cmdlets
     * only), without sending it. Secrets are rendered redacted.
     */
    default String toJson(ConfirmMode mode) {
        return InvokeEngine.envelope(this, SecretEncoder.redacted(), java.util.Objects.requireNonNull(mode, "mode"))
                .toString();
    }

    /**
     * Starts a hand-built request for any cmdlet, e.g. {@code CmdletRequest.of("Get-Foo").param("X", 1)}. Nothing is
     * known about the cmdlet ({@link CmdletDescriptor#unknown(String)}): {@code whatIf}, {@code ConfirmMode.VALIDATE}
     * / {@code WHAT_IF} and a confirmation handler send -WhatIf / -Confirm as asked, and {@code invoke(request)}
     * treats a call that is not a read as High impact ({@code "Confirm": false}, or the validation flow of
     * {@code confirmHighImpact(handler)}). Use {@link #of(CmdletDescriptor)} when the traits are known.
     */
    static DynamicCmdletRequest of(String cmdletName) {
        return new DynamicCmdletRequest(cmdletName);
    }

    /**
     * Starts a hand-built request for a cmdlet whose traits the caller knows, e.g. a generated class's
     * {@code DESCRIPTOR}: routing, Confirm, batching and timeout then follow them.
     */
    static DynamicCmdletRequest of(CmdletDescriptor descriptor) {
        return new DynamicCmdletRequest(descriptor);
    }
}
