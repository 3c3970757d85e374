package dev.exobindings.runtime.http;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Picks {@code X-AnchorMailbox} as the module does (protocol reference §(b), §(g)):
 * <ol>
 *   <li>the 16 mailbox-scoped cmdlets with an {@code Identity} route by it: {@code SMTP:<identity>}
 *       ({@code MBX:<guid>@<tenant>} for a GUID; a folder id {@code user:\Folder} uses the part before {@code :}),
 *       plus {@code parameter-based-routing: true};</li>
 *   <li>else a configured override, verbatim;</li>
 *   <li>else a delegated token's {@code upn} claim: {@code UPN:<upn>};</li>
 *   <li>else app-only: {@code APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@<tenant>}.</li>
 * </ol>
 */
public final class AnchorResolver {
    /** The cmdlets the module routes by their Identity (UseCustomRouting), lower-cased. */
    public static final Set<String> CUSTOM_ROUTING_CMDLETS = Set.of("Get-Clutter", "Get-FocusedInbox",
                    "Get-InboxRule", "Get-MailboxAutoReplyConfiguration", "Get-MailboxCalendarFolder",
                    "Get-MailboxFolderPermission", "Get-MailboxFolderStatistics", "Get-MailboxMessageConfiguration",
                    "Get-MailboxPermission", "Get-MailboxRegionalConfiguration", "Get-MailboxStatistics",
                    "Get-MobileDeviceStatistics", "Remove-CalendarEvents", "Set-Clutter", "Set-FocusedInbox",
                    "Set-MailboxRegionalConfiguration").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    static final String APP_SYSTEM_MAILBOX = "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";

    private final String tenant;
    private final String override;

    /**
     * @param tenant   initial domain or GUID
     * @param override a fixed anchor (used verbatim), or null
     */
    public AnchorResolver(String tenant, String override) {
        this.tenant = tenant;
        this.override = override;
    }

    /** Whether {@code cmdletName} is routed by its Identity (and therefore never batched). */
    public static boolean usesCustomRouting(String cmdletName) {
        return CUSTOM_ROUTING_CMDLETS.contains(cmdletName.toLowerCase(Locale.ROOT));
    }

    /** The anchor for a call of {@code cmdletName} with {@code parameters} sent with {@code token}. */
    public Anchor resolve(String cmdletName, Map<String, Object> parameters, String token) {
        if (usesCustomRouting(cmdletName)) {
            Object identity = identity(parameters);
            if (identity != null) {
                return new Anchor(fromIdentity(identity.toString()), true);
            }
        }
        if (override != null) {
            return new Anchor(override, false);
        }
        return JwtClaims.claim(token, "upn")
                .map(upn -> new Anchor("UPN:" + upn, false))
                .orElseGet(() -> new Anchor("APP:" + APP_SYSTEM_MAILBOX + "@" + tenant, false));
    }

    private static Object identity(Map<String, Object> parameters) {
        for (var e : parameters.entrySet()) {
            if (e.getKey().equalsIgnoreCase("Identity")) {
                return e.getValue();
            }
        }
        return null;
    }

    private String fromIdentity(String identity) {
        String id = identity.strip();
        int colon = id.indexOf(':');
        if (colon > 0) {
            id = id.substring(0, colon);
        }
        try {
            return "MBX:" + UUID.fromString(id) + "@" + tenant;
        } catch (IllegalArgumentException notGuid) {
            return "SMTP:" + id;
        }
    }
}
