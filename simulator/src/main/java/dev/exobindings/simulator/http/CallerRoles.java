package dev.exobindings.simulator.http;

import dev.exobindings.simulator.cmdlets.CallerRole;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The role of each caller, by bearer token: a token given its own role sees and calls only those cmdlets; every
 * other accepted token has the default role ({@code allowedCmdlets}, everything when empty). One map serves the
 * module text and InvokeCommand, so a cmdlet trimmed from a caller's module is refused when it calls it anyway.
 * Tokens are only map keys: never logged, never in a message.
 */
public final class CallerRoles {
    private final CallerRole others;
    private final Map<String, CallerRole> byToken = new ConcurrentHashMap<>();

    public CallerRoles(Set<String> allowedCmdlets, Map<String, Set<String>> roles) {
        this.others = allowedCmdlets.isEmpty() ? CallerRole.EVERYTHING : CallerRole.limitedTo(allowedCmdlets);
        roles.forEach((token, cmdlets) -> byToken.put(token, CallerRole.limitedTo(cmdlets)));
    }

    /** The role of the caller presenting {@code bearerToken}. */
    public CallerRole of(String bearerToken) {
        return bearerToken == null ? others : byToken.getOrDefault(bearerToken, others);
    }

    /** The role of the caller sending this {@code Authorization} header value. */
    public CallerRole ofAuthorization(String authorization) {
        return of(bearer(authorization));
    }

    /** The token of a {@code Bearer} header value, or an empty string. */
    public static String bearer(String authorization) {
        return authorization == null || authorization.length() < 7 ? "" : authorization.substring(7).trim();
    }
}
