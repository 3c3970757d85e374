package dev.exobindings.runtime.cloud;

import java.net.URI;

/**
 * The Exchange Online environments: REST base (also the token audience), login authority and scope.
 * Values follow the protocol reference, section (j).
 */
public enum Cloud {
    /** Commercial and GCC tenants. */
    COMMERCIAL("https://outlook.office365.com", "https://login.microsoftonline.com"),
    /** GCC High. */
    GCC_HIGH("https://outlook.office365.us", "https://login.microsoftonline.us"),
    /** US Government DoD. */
    DOD("https://outlook-dod.office365.us", "https://login.microsoftonline.us"),
    /**
     * Operated by 21Vianet. Sources disagree on the REST host ({@code partner.outlook.cn} from the RPS host, EWS
     * resource and Azure cloud tables vs {@code outlook.office365.cn} from the v2.0 Admin API page). This uses
     * {@code partner.outlook.cn}, the host the module's own connection URI names; override it with
     * {@code ExchangeClient.builder().endpoint(URI)} if your tenant answers on the other host.
     */
    CHINA("https://partner.outlook.cn", "https://login.chinacloudapi.cn");

    private final URI restBase;
    private final String authority;

    Cloud(String restBase, String authority) {
        this.restBase = URI.create(restBase);
        this.authority = authority;
    }

    /** The EXO REST host, e.g. {@code https://outlook.office365.com}; also the token audience. */
    public URI restBase() {
        return restBase;
    }

    /** The login authority base, e.g. {@code https://login.microsoftonline.com}. */
    public String authority() {
        return authority;
    }

    /** The OAuth scope for the admin API, {@code <restBase>/.default}. */
    public String scope() {
        return restBase + "/.default";
    }
}
