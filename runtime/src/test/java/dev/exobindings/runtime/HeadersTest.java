package dev.exobindings.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.testing.Clients;
import dev.exobindings.runtime.testing.FakeTime;
import dev.exobindings.runtime.testing.TestServer;
import dev.exobindings.runtime.testing.TestServer.Recorded;
import dev.exobindings.runtime.testing.TestServer.Reply;
import dev.exobindings.runtime.testing.Tokens;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeadersTest {
    private final TestServer server = new TestServer().handler(r -> Reply.json(Clients.page("", null)));
    private final FakeTime time = new FakeTime();

    @AfterEach
    void stop() {
        server.close();
    }

    private static Map<String, String> sent(Recorded r) {
        Map<String, String> h = new TreeMap<>(r.headers());
        // transport-level headers the JDK adds itself
        h.remove("host");
        h.remove("content-length");
        h.remove("connection");
        h.remove("user-agent");
        h.remove("upgrade");
        h.remove("http2-settings");
        return h;
    }

    @Test
    void appOnlyHeadersAreExact() {
        Tokens tokens = Tokens.appOnly();
        try (ExchangeClient exo = Clients.builder(server, time, tokens).build()) {
            exo.invoke(CmdletRequest.of("Get-AcceptedDomain"));
        }
        Recorded r = server.requests().get(0);
        assertEquals("POST", r.method());
        assertEquals("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand", r.path());
        Map<String, String> expected = new TreeMap<>();
        expected.put("authorization", "Bearer " + tokens.current());
        expected.put("content-type", "application/json; charset=utf-8");
        expected.put("accept", "application/json");
        expected.put("accept-charset", "UTF-8");
        expected.put("accept-encoding", "gzip");
        expected.put("x-responseformat", "json");
        expected.put("x-cmdletname", "Get-AcceptedDomain");
        expected.put("x-anchormailbox", "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com");
        expected.put("prefer", "odata.maxpagesize=1000");
        expected.put("connection-id", r.header("connection-id"));
        expected.put("client-request-id", r.header("client-request-id"));
        assertEquals(expected, sent(r));
        java.util.UUID.fromString(r.header("connection-id"));
        java.util.UUID.fromString(r.header("client-request-id"));
    }

    @Test
    void delegatedAnchorIsTheUpnClaim() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.delegated("admin@contoso.com")).build()) {
            exo.invoke(CmdletRequest.of("Get-OrganizationConfig"));
        }
        Recorded r = server.requests().get(0);
        assertEquals("UPN:admin@contoso.com", r.header("X-AnchorMailbox"));
        assertNull(r.header("parameter-based-routing"));
    }

    private static final CmdletDescriptor STATISTICS = routed("Get-MailboxStatistics", "Identity",
            CmdletDescriptor.RoutingRule.MAILBOX_ID);
    private static final CmdletDescriptor FOLDER_PERMISSION = routed("Get-MailboxFolderPermission", "Identity",
            CmdletDescriptor.RoutingRule.FOLDER_ID);
    private static final CmdletDescriptor PERMISSION = routed("Get-MailboxPermission", "Identity",
            CmdletDescriptor.RoutingRule.MAILBOX_ID);

    private static CmdletDescriptor routed(String cmdlet, String parameter, CmdletDescriptor.RoutingRule rule) {
        return CmdletDescriptor.builder(cmdlet).batchable(false).routing(parameter, rule, "UseCustomRouting").build();
    }

    @Test
    void mailboxScopedCmdletRoutesByItsParameterWhenTheClientAsks() {
        Tokens tokens = Tokens.delegated("admin@contoso.com");
        String tenantId = dev.exobindings.runtime.http.JwtClaims.claim(tokens.current(), "tid").orElseThrow();
        try (ExchangeClient exo = Clients.builder(server, time, tokens).parameterBasedRouting(true).build()) {
            exo.invoke(CmdletRequest.of(STATISTICS).param("Identity", "vasil@contoso.com"));
            exo.invoke(CmdletRequest.of(FOLDER_PERMISSION).param("Identity", "tv@contoso.com:\\Calendar"));
            exo.invoke(CmdletRequest.of(PERMISSION).param("Identity", "6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11"));
            exo.invoke(CmdletRequest.of("Get-Mailbox").param("Identity", "vasil@contoso.com"));
        }
        var reqs = server.requests();
        assertEquals("SMTP:vasil@contoso.com", reqs.get(0).header("X-AnchorMailbox"));
        assertEquals("true", reqs.get(0).header("parameter-based-routing"));
        assertEquals("SMTP:tv@contoso.com", reqs.get(1).header("X-AnchorMailbox"));
        assertEquals("MBX:6f1d2c8e-0a4b-4c1e-9f3a-2b7d8e9c0a11@" + tenantId, // tenant id, not domain
                reqs.get(2).header("X-AnchorMailbox"));
        assertEquals("true", reqs.get(2).header("parameter-based-routing"));
        assertEquals("UPN:admin@contoso.com", reqs.get(3).header("X-AnchorMailbox"), "Get-Mailbox is not custom-routed");
        assertNull(reqs.get(3).header("parameter-based-routing"));
    }

    @Test
    void anchorOverrideIsSentVerbatim() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .anchorMailbox("UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com").build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals("UPN:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com",
                server.requests().get(0).header("X-AnchorMailbox"));
    }

    @Test
    void connectionIdIsPerClientAndRequestIdPerInvocation() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        try (ExchangeClient other = Clients.builder(server, time, Tokens.appOnly()).build()) {
            other.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        var reqs = server.requests();
        assertEquals(reqs.get(0).header("connection-id"), reqs.get(1).header("connection-id"));
        assertNotEquals(reqs.get(0).header("connection-id"), reqs.get(2).header("connection-id"));
        assertNotEquals(reqs.get(0).header("client-request-id"), reqs.get(1).header("client-request-id"));
    }

    @Test
    void pageSizeSetsPrefer() {
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly()).pageSize(250).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals("odata.maxpagesize=250", server.requests().get(0).header("Prefer"));
    }

    @Test
    void cloudsNameTheirHostsAuthoritiesAndScopes() {
        assertEquals("https://outlook.office365.com", Cloud.COMMERCIAL.restBase().toString());
        assertEquals("https://login.microsoftonline.com", Cloud.COMMERCIAL.authority());
        assertEquals("https://outlook.office365.com/.default", Cloud.COMMERCIAL.scope());
        assertEquals("https://outlook.office365.us", Cloud.GCC_HIGH.restBase().toString());
        assertEquals("https://login.microsoftonline.us", Cloud.GCC_HIGH.authority());
        assertEquals("https://outlook.office365.us/.default", Cloud.GCC_HIGH.scope());
        assertEquals("https://outlook-dod.office365.us", Cloud.DOD.restBase().toString());
        assertEquals("https://login.microsoftonline.us", Cloud.DOD.authority());
        assertEquals("https://outlook-dod.office365.us/.default", Cloud.DOD.scope());
        assertEquals("https://partner.outlook.cn", Cloud.CHINA.restBase().toString());
        assertEquals("https://login.chinacloudapi.cn", Cloud.CHINA.authority());
    }

    @Test
    void eachCloudTargetsItsOwnHostUnlessOverridden() {
        for (Cloud cloud : Cloud.values()) {
            try (ExchangeClient exo = ExchangeClient.builder().tenant("contoso.onmicrosoft.com").cloud(cloud)
                    .tokenProvider(Tokens.appOnly()).build()) {
                assertEquals("ExchangeClient[tenant=contoso.onmicrosoft.com, endpoint=" + cloud.restBase() + "]",
                        exo.toString());
            }
        }
        try (ExchangeClient exo = ExchangeClient.builder().tenant("contoso.onmicrosoft.com").cloud(Cloud.CHINA)
                .endpoint(java.net.URI.create("https://outlook.office365.cn")).tokenProvider(Tokens.appOnly()).build()) {
            assertEquals("ExchangeClient[tenant=contoso.onmicrosoft.com, endpoint=https://outlook.office365.cn]",
                    exo.toString());
        }
    }

    @Test
    void staticCredentialsFromTheAuthPackageSignRequests() {
        String jwt = Tokens.jwt("ops@contoso.com");
        try (ExchangeClient exo = Clients.builder(server, time, Tokens.appOnly())
                .credentials(dev.exobindings.runtime.auth.StaticCredentials.token(jwt)).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals("Bearer " + jwt, server.requests().get(0).header("Authorization"));
        assertEquals("UPN:ops@contoso.com", server.requests().get(0).header("X-AnchorMailbox"));
    }

    @Test
    void credentialsGetTheCloudsAuthorityAndScope() {
        var seen = new java.util.concurrent.atomic.AtomicReference<dev.exobindings.runtime.auth.AuthContext>();
        Tokens tokens = Tokens.appOnly();
        try (ExchangeClient exo = Clients.builder(server, time, tokens).cloud(Cloud.GCC_HIGH)
                .credentials(ctx -> {
                    seen.set(ctx);
                    return tokens;
                }).build()) {
            exo.invoke(CmdletRequest.of("Get-Mailbox"));
        }
        assertEquals(new dev.exobindings.runtime.auth.AuthContext("contoso.onmicrosoft.com",
                "https://login.microsoftonline.us", "https://outlook.office365.us/.default"), seen.get());
        assertEquals("https://outlook.office365.us/.default", tokens.requests().get(0).scope());
    }

    @Test
    void aCmdletNameThatCannotBeAHeaderIsRefusedNamingIt() {
        for (String name : new String[] {"Get-Mailbox\r\nX-Evil: 1", "Get Mailbox", "", "G\u00e9t-Mailbox", "GetMailbox"}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> CmdletRequest.of(name));
            assertEquals("'" + name.replace("\r", "\\r").replace("\n", "\\n") + "' is not a cmdlet name: use "
                    + "Verb-Noun in ASCII letters and digits, e.g. Get-Mailbox", e.getMessage());
        }
        assertEquals("Get-EXOMailbox", CmdletRequest.of("Get-EXOMailbox").cmdletName());
    }
}
