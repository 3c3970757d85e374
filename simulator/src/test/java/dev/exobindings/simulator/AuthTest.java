package dev.exobindings.simulator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthTest {
    static ExoSimulator exo;

    @BeforeAll
    static void start() {
        exo = ExoSimulator.builder().mailboxes(10).token("static-token")
                .allowedCmdlets(Set.of("Get-Mailbox", "Set-Mailbox")).build().start();
    }

    @AfterAll
    static void stop() {
        exo.close();
    }

    @Test
    void noTokenOrAWrongTokenIs401WithTheServiceBody() {
        for (String token : new String[] {null, "wrong"}) {
            SimClient.Reply reply = new SimClient(exo, token).invoke("Get-Mailbox", "{}");
            assertEquals(401, reply.status());
            assertEquals("Unauthorized", reply.error().path("code").asText());
            assertFalse(reply.json().toString().contains("wrong"), "the token is never echoed");
            assertTrue(reply.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        }
    }

    @Test
    void staticAndIssuedTokensAreAcceptedUntilRevoked() {
        assertEquals(200, new SimClient(exo, "static-token").invoke("Get-Mailbox", "{\"ResultSize\":1}").status());
        String issued = exo.issueToken();
        SimClient client = new SimClient(exo, issued);
        assertEquals(200, client.invoke("Get-Mailbox", "{\"ResultSize\":1}").status());
        exo.revokeToken(issued);
        assertEquals(401, client.invoke("Get-Mailbox", "{\"ResultSize\":1}").status());
    }

    @Test
    void aCmdletOutsideTheRoleIs403() {
        SimClient.Reply reply = new SimClient(exo, "static-token").invoke("Get-User", "{}");
        assertEquals(403, reply.status());
        assertEquals("Forbidden", reply.error().path("code").asText());
        assertEquals("User is not allowed to call Get-User", reply.error().path("message").asText());
    }

    @Test
    void theTenantMayBeNamedByEitherDomainOrItsGuidAndPathsIgnoreCase() {
        SimClient client = new SimClient(exo, "static-token");
        String body = SimClient.body("Get-Mailbox", "{\"ResultSize\":1}");
        for (String tenant : new String[] {"contoso.onmicrosoft.com", "contoso.com", exo.tenant().tenantId()}) {
            assertEquals(200, client.post(URI.create(exo.baseUri() + "/AdminApi/Beta/" + tenant + "/invokecommand"),
                    body, null).status(), tenant);
        }
        SimClient.Reply other = client.post(URI.create(exo.baseUri() + "/adminapi/beta/fabrikam.com/InvokeCommand"),
                body, null);
        assertEquals(404, other.status());
        assertEquals(404, client.post(URI.create(exo.baseUri() + "/adminapi/beta/contoso.com/Nope"), body, null).status());
    }
}
