package dev.exobindings.runtime.http;

/**
 * Picks {@code X-AnchorMailbox} as the module does (protocol reference §(b), module-proxy-format "Routing hint
 * rules"):
 * <ol>
 *   <li>parameter-based routing, only for a cmdlet whose descriptor names a routing parameter and only when the
 *       caller asks for it (the client option, or the cmdlet's {@code UseCustomRouting} switch on the request):
 *       the hint {@link RoutingHints} derives from that parameter's value, with {@code parameter-based-routing:
 *       true}; a value that gives no hint falls through;</li>
 *   <li>else a configured override, verbatim;</li>
 *   <li>else a delegated token's {@code upn} claim: {@code UPN:<upn>};</li>
 *   <li>else app-only: {@code APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@<tenant>} ({@code UPN:} instead of
 *       {@code APP:} for Security &amp; Compliance).</li>
 * </ol>
 * A header value is never non-ASCII: a hint or UPN that is falls through to the next rule.
 */
public final class AnchorResolver {
    static final String APP_SYSTEM_MAILBOX = "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}";

    private final String tenant;
    private final String override;
    private final boolean parameterBasedRouting;
    private final String appOnlyPrefix;

    /**
     * @param tenant                initial domain or GUID
     * @param override              a fixed anchor (used verbatim), or null
     * @param parameterBasedRouting route every routing cmdlet by its parameter (the module's {@code -UseCustomRouting}
     *                              on every call); off by default, as in the module
     */
    public AnchorResolver(String tenant, String override, boolean parameterBasedRouting) {
        this(tenant, override, parameterBasedRouting, "APP:");
    }

    /**
     * @param appOnlyPrefix the routing-hint prefix of the app-only system-mailbox anchor: {@code APP:} for Exchange
     *                      Online, {@code UPN:} for Security &amp; Compliance (CIPP's and ScubaGear's compliance
     *                      anchor, protocol reference §(b))
     */
    public AnchorResolver(String tenant, String override, boolean parameterBasedRouting, String appOnlyPrefix) {
        this.tenant = tenant;
        this.override = override;
        this.parameterBasedRouting = parameterBasedRouting;
        this.appOnlyPrefix = appOnlyPrefix;
    }

    /** Without parameter-based routing unless a request asks for it, with the given app-only prefix. */
    public AnchorResolver(String tenant, String override, String appOnlyPrefix) {
        this(tenant, override, false, appOnlyPrefix);
    }

    /** The anchor of a call that routes by no parameter (override, else delegated UPN, else the app-only form). */
    public Anchor defaultAnchor(String token) {
        if (override != null) {
            return new Anchor(override, false);
        }
        return JwtClaims.claim(token, "upn")
                .filter(RoutingHints::isAscii)
                .map(upn -> new Anchor("UPN:" + upn, false))
                .orElseGet(() -> new Anchor(appOnlyPrefix + APP_SYSTEM_MAILBOX + "@" + tenant, false));
    }

    /** Without parameter-based routing unless a request asks for it. */
    public AnchorResolver(String tenant, String override) {
        this(tenant, override, false);
    }

    /**
     * A request's routing parameter as these rules see it (the caller reads it from the cmdlet's descriptor, so
     * this package needs no request type).
     *
     * @param value    the routing parameter's value as text, or null when the request does not set it
     * @param folderId whether the value is a folder id ({@code user:\Folder}: the part before {@code :} routes)
     * @param optedIn  whether the request set the cmdlet's opt-in switch ({@code UseCustomRouting})
     */
    public record RoutingValue(String value, boolean folderId, boolean optedIn) {
    }

    /**
     * The anchor for a call sent with {@code token}; {@code routing} is the request's routing parameter, or null when
     * its cmdlet has none.
     */
    public Anchor resolve(RoutingValue routing, String token) {
        if (routing != null && routing.value() != null && (parameterBasedRouting || routing.optedIn())) {
            String hint = RoutingHints.hint(routing.folderId(), routing.value(), tenantId(token));
            if (hint != null && RoutingHints.isAscii(hint)) {
                return new Anchor(hint, true);
            }
        }
        return defaultAnchor(token);
    }

    /** {@code MBX:} hints name the tenant by id: the token's {@code tid}, else the configured tenant. */
    private String tenantId(String token) {
        return JwtClaims.claim(token, "tid").orElse(tenant);
    }
}
