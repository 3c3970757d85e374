package dev.exobindings.runtime.http;

import dev.exobindings.runtime.CmdletRequest;
import java.util.Locale;
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
 *   <li>else app-only: {@code APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@<tenant>} ({@code UPN:} instead of
 *       {@code APP:} for Security &amp; Compliance).</li>
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
    private final String appOnlyPrefix;

    /**
     * @param tenant   initial domain or GUID
     * @param override a fixed anchor (used verbatim), or null
     */
    public AnchorResolver(String tenant, String override) {
        this(tenant, override, "APP:");
    }

    /**
     * @param appOnlyPrefix the routing-hint prefix of the app-only system-mailbox anchor: {@code APP:} for Exchange
     *                      Online, {@code UPN:} for Security &amp; Compliance (CIPP's and ScubaGear's compliance
     *                      anchor, protocol reference §(b))
     */
    public AnchorResolver(String tenant, String override, String appOnlyPrefix) {
        this.tenant = tenant;
        this.override = override;
        this.appOnlyPrefix = appOnlyPrefix;
    }

    /** The anchor of a call that routes by no parameter (override, else delegated UPN, else the app-only form). */
    public Anchor defaultAnchor(String token) {
        if (override != null) {
            return new Anchor(override, false);
        }
        return JwtClaims.claim(token, "upn")
                .map(upn -> new Anchor("UPN:" + upn, false))
                .orElseGet(() -> new Anchor(appOnlyPrefix + APP_SYSTEM_MAILBOX + "@" + tenant, false));
    }

    /** Whether {@code cmdletName} is routed by its Identity (and therefore never batched). */
    public static boolean usesCustomRouting(String cmdletName) {
        return CUSTOM_ROUTING_CMDLETS.contains(cmdletName.toLowerCase(Locale.ROOT));
    }

    /** The anchor for {@code request} sent with {@code token}. */
    public Anchor resolve(CmdletRequest request, String token) {
        if (usesCustomRouting(request.cmdletName())) {
            Object identity = identity(request);
            if (identity != null) {
                return new Anchor(fromIdentity(identity.toString()), true);
            }
        }
        return defaultAnchor(token);
    }

    private static Object identity(CmdletRequest request) {
        for (var e : request.parameters().entrySet()) {
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
