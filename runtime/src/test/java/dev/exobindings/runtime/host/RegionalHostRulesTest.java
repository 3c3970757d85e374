package dev.exobindings.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.ExchangeClient;
import dev.exobindings.runtime.cloud.Cloud;
import dev.exobindings.runtime.cloud.Service;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The rewrite and family rules of every cloud, one rule at a time. */
class RegionalHostRulesTest {
    private static final String PATH = "/AdminApi/v1.0/contoso.onmicrosoft.com/EXOModuleFile";

    /** cloud, the redirect's host as observed (admin.protection), the API host (ps.compliance.protection). */
    private static final String CLOUDS = """
            COMMERCIAL, nam13b.admin.protection.outlook.com,        nam13b.ps.compliance.protection.outlook.com
            GCC_HIGH,   gcc02b.admin.protection.office365.us,       gcc02b.ps.compliance.protection.office365.us
            DOD,        dod01b.admin.protection.office365.us,       dod01b.ps.compliance.protection.office365.us
            CHINA,      chn01b.admin.protection.partner.outlook.cn, chn01b.ps.compliance.protection.partner.outlook.cn
            """;

    private static URI bootstrap(Cloud cloud) {
        return URI.create(RegionalHostRules.compliance(cloud).frontDoor() + PATH);
    }

    @ParameterizedTest
    @CsvSource(textBlock = CLOUDS)
    void bothRewritesTogether(Cloud cloud, String adminHost, String apiHost) {
        RegionalHostRules rules = RegionalHostRules.compliance(cloud);
        assertEquals(URI.create("https://" + apiHost),
                rules.apiOrigin(bootstrap(cloud), "https://" + adminHost + ":446" + PATH));
    }

    @ParameterizedTest
    @CsvSource(textBlock = CLOUDS)
    void hostRewriteAlone(Cloud cloud, String adminHost, String apiHost) {
        RegionalHostRules rules = RegionalHostRules.compliance(cloud);
        URI target = rules.target(bootstrap(cloud), "https://" + adminHost + PATH);
        assertEquals("https://" + apiHost + PATH, target.toString());
        assertEquals(URI.create("https://" + apiHost), rules.apiOrigin(bootstrap(cloud), "https://" + adminHost.toUpperCase() + PATH));
    }

    @ParameterizedTest
    @CsvSource(textBlock = CLOUDS)
    void portRewriteAlone(Cloud cloud, String adminHost, String apiHost) {
        RegionalHostRules rules = RegionalHostRules.compliance(cloud);
        assertEquals("https://" + apiHost + PATH, rules.target(bootstrap(cloud), "https://" + apiHost + ":446" + PATH).toString());
        assertEquals("https://" + apiHost + PATH, rules.target(bootstrap(cloud), "https://" + apiHost + ":443" + PATH).toString());
    }

    @ParameterizedTest
    @CsvSource(textBlock = CLOUDS)
    void refusesAnotherDomainPlainHttpAndAnotherPort(Cloud cloud, String adminHost, String apiHost) {
        RegionalHostRules rules = RegionalHostRules.compliance(cloud);
        URI from = bootstrap(cloud);
        String domain = apiHost.substring(apiHost.indexOf('.') + 1);
        for (String location : new String[] {
                "https://nam13b.admin.protection.evil.example:446" + PATH,           // another domain
                "https://" + apiHost + ".evil.example" + PATH,                        // the domain as a prefix
                "https://evil" + domain + PATH,                                       // no dot boundary
                "http://" + adminHost + ":446" + PATH,                                // plain http
                "http://" + apiHost + PATH,
                "https://" + apiHost + ":8443" + PATH,                                // a port the rules do not allow
                "https://" + adminHost + ":4446" + PATH,
                "https://user@" + apiHost + PATH,                                     // user info
                "https://127.0.0.1:446" + PATH,                                       // an address, not the domain
                ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> rules.apiOrigin(from, location), location);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void aLocationOfAnotherCloudIsRefused() {
        RegionalHostRules gccHigh = RegionalHostRules.compliance(Cloud.GCC_HIGH);
        assertThrows(IllegalArgumentException.class, () -> gccHigh.apiOrigin(bootstrap(Cloud.GCC_HIGH),
                "https://nam13b.admin.protection.outlook.com:446" + PATH));
    }

    @Test
    void aRelativeLocationStaysOnTheFrontDoor() {
        RegionalHostRules rules = RegionalHostRules.compliance(Cloud.COMMERCIAL);
        assertEquals(URI.create("https://ps.compliance.protection.outlook.com"),
                rules.apiOrigin(bootstrap(Cloud.COMMERCIAL), "/elsewhere"));
    }

    @ParameterizedTest
    @CsvSource({
            "COMMERCIAL, https://ps.compliance.protection.outlook.com,       https://ps.compliance.protection.outlook.com/.default",
            "GCC_HIGH,   https://ps.compliance.protection.office365.us,      https://ps.compliance.protection.office365.us/.default",
            "DOD,        https://l5.ps.compliance.protection.office365.us,   https://ps.compliance.protection.office365.us/.default",
            "CHINA,      https://ps.compliance.protection.partner.outlook.cn, https://ps.compliance.protection.partner.outlook.cn/.default"})
    void frontDoorAndScopePerCloud(Cloud cloud, String frontDoor, String scope) {
        assertEquals(URI.create(frontDoor), RegionalHostRules.compliance(cloud).frontDoor());
        assertEquals(scope, Service.SECURITY_COMPLIANCE.scope(cloud));
        assertEquals(cloud.scope(), Service.EXCHANGE_ONLINE.scope(cloud));
    }

    @ParameterizedTest
    @EnumSource(Cloud.class)
    void theFrontDoorMustStayInTheFamily(Cloud cloud) {
        RegionalHostRules rules = RegionalHostRules.compliance(cloud);
        assertThrows(IllegalArgumentException.class, () -> rules.withFrontDoor(URI.create("https://example.com")));
        assertThrows(IllegalArgumentException.class, () -> rules.withFrontDoor(URI.create("http://127.0.0.1:8080")));
    }

    @Test
    void loopbackRulesOnlyEverMatchLoopback() {
        assertThrows(IllegalArgumentException.class,
                () -> RegionalHostRules.loopback(URI.create("http://example.com:80"), 446, 9000));
        RegionalHostRules rules = RegionalHostRules.loopback(URI.create("http://127.0.0.1:8000"), 446, 9000, 9001);
        URI from = URI.create("http://127.0.0.1:8000" + PATH);
        assertEquals(URI.create("http://127.0.0.1:9000"), rules.apiOrigin(from, "http://127.0.0.1:446" + PATH));
        assertEquals(URI.create("http://127.0.0.1:9001"), rules.apiOrigin(from, "http://127.0.0.1:9001" + PATH));
        assertThrows(IllegalArgumentException.class, () -> rules.apiOrigin(from, "http://127.0.0.1:9002" + PATH));
        assertThrows(IllegalArgumentException.class, () -> rules.apiOrigin(from, "http://10.0.0.1:9000" + PATH));
        assertThrows(IllegalArgumentException.class, () -> rules.apiOrigin(from, "http://evil.example:9000" + PATH));
        HostFamily family = HostFamily.loopback(Set.of(9000));
        assertTrue(family.contains(URI.create("http://[::1]:9000/x")));
        assertFalse(family.contains(URI.create("http://localhost.evil.example:9000/x")));
    }

    @Test
    void aComplianceClientRefusesAnOffFamilyEndpointAtBuildTime() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExchangeClient.builder()
                .tenant("contoso.onmicrosoft.com").service(Service.SECURITY_COMPLIANCE)
                .endpoint(URI.create("http://127.0.0.1:8080")).tokenProvider(r -> null).build());
        assertTrue(e.getMessage().contains("RegionalHostRules.loopback"), e.getMessage());
    }
}
