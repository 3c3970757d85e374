package dev.exobindings.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.simulator.tenant.ComplianceStore;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Security &amp; Compliance mode: front door redirect, regional hosts, the six cmdlets with real semantics. */
class ComplianceModeTest {
    private final ExoSimulator sim = ExoSimulator.builder().securityCompliance().seed(3).token("T").build().start();
    private final SimClient client = new SimClient(sim, "T");

    @AfterEach
    void stop() {
        sim.close();
    }

    private URI regional(String action) {
        return URI.create(sim.regionalBaseUri() + "/adminapi/beta/contoso.onmicrosoft.com/" + action);
    }

    private SimClient.Reply invoke(String cmdlet, String params) {
        return client.post(regional("InvokeCommand"), SimClient.body(cmdlet, params), null);
    }

    @Test
    void theFrontDoorRedirectsToPort446AndServesNoApi() {
        SimClient.Reply bootstrap = client.get(URI.create(sim.baseUri()
                + "/AdminApi/v1.0/contoso.onmicrosoft.com/EXOModuleFile?Version=3.9.0"));
        assertEquals(302, bootstrap.status());
        assertEquals("http://127.0.0.1:446/AdminApi/v1.0/contoso.onmicrosoft.com/EXOModuleFile?Version=3.9.0",
                bootstrap.raw().headers().firstValue("Location").orElseThrow());
        SimClient.Reply post = client.post(sim.invokeCommandUri(), SimClient.body("Get-Label", "{}"), null);
        assertEquals(302, post.status());
        assertEquals(2, sim.bootstraps());
        assertEquals(401, new SimClient(sim, null).get(URI.create(sim.baseUri() + "/AdminApi/v1.0/x/EXOModuleFile")).status());
        assertEquals(2, sim.bootstraps(), "an unauthenticated request is not a bootstrap");
        assertTrue(sim.journal().calls().isEmpty(), "the front door runs no cmdlet");
    }

    @Test
    void complianceSearchesAreCreatedListedAndRemoved() {
        SimClient.Reply all = invoke("Get-ComplianceSearch", "{}");
        assertEquals(200, all.status());
        assertEquals(ComplianceStore.SEEDED_SEARCHES, all.value().size());
        SimClient.Reply created = invoke("New-ComplianceSearch",
                "{\"Name\":\"Case 42\",\"ExchangeLocation\":[\"a@contoso.com\"],\"ContentMatchQuery\":\"budget\"}");
        assertEquals(200, created.status());
        assertEquals("NotStarted", created.value().get(0).path("Status").asText());
        assertEquals(400, invoke("New-ComplianceSearch", "{\"Name\":\"case 42\"}").status());
        SimClient.Reply one = invoke("Get-ComplianceSearch", "{\"Identity\":\"Case 42\"}");
        assertEquals("budget", one.value().get(0).path("ContentMatchQuery").asText());
        assertEquals("a@contoso.com", one.value().get(0).path("ExchangeLocation").get(0).asText());
        assertEquals(200, invoke("Remove-ComplianceSearch", "{\"Identity\":\"Case 42\",\"Confirm\":false}").status());
        assertEquals(404, invoke("Get-ComplianceSearch", "{\"Identity\":\"Case 42\"}").status());
        assertEquals(404, invoke("Remove-ComplianceSearch", "{\"Identity\":\"Case 42\"}").status());
        assertEquals(1, sim.counters().applied("New-ComplianceSearch", "Case 42"));
        assertEquals(1, sim.counters().applied("Remove-ComplianceSearch", "Case 42"));
    }

    @Test
    void policiesAndLabelsAreListedAndFoundByIdentity() {
        assertEquals(4, invoke("Get-DlpCompliancePolicy", "{}").value().size());
        assertEquals(3, invoke("Get-RetentionCompliancePolicy", "{}").value().size());
        assertEquals(5, invoke("Get-Label", "{}").value().size());
        assertEquals("Confidential", invoke("Get-Label", "{\"Identity\":\"confidential\"}").value().get(0)
                .path("DisplayName").asText());
        assertEquals(404, invoke("Get-DlpCompliancePolicy", "{\"Identity\":\"nope\"}").status());
    }

    @Test
    void otherCmdletsAreValidatedAgainstTheComplianceSnapshot() {
        assertEquals(200, invoke("Get-CaseHoldPolicy", "{}").status());
        SimClient.Reply unknown = invoke("Get-CaseHoldPolicy", "{\"NoSuchParameter\":1}");
        assertEquals(400, unknown.status());
        assertEquals(400, invoke("Get-Mailbox", "{}").status(), "an Exchange Online cmdlet is not in this snapshot");
    }

    @Test
    void pagesAndBatchesStayOnTheRegionalHostAndTheJournalSaysWhere() {
        SimClient.Reply first = client.post(regional("InvokeCommand"), SimClient.body("Get-ComplianceSearch",
                "{\"ResultSize\":\"Unlimited\"}"), 10);
        String next = first.json().path("@odata.nextLink").asText();
        assertTrue(next.startsWith(sim.regionalBaseUri().toString()), next);
        String batch = "{\"requests\":[{\"id\":\"0\",\"method\":\"POST\",\"url\":\"" + regional("InvokeCommand")
                + "\",\"headers\":{},\"body\":" + SimClient.body("Get-Label", "{}") + "}]}";
        assertEquals(200, client.post(regional("$batch"), batch, null).status());
        List<RecordedCall> calls = sim.journal().calls();
        assertEquals(2, calls.size());
        for (RecordedCall call : calls) {
            assertEquals(sim.regionalBaseUri().getRawAuthority(), call.host());
        }
        assertTrue(calls.get(1).batched());
    }

    @Test
    void theRegionalHostSetsTheAffinityCookieAndRedirectsWhenTheTenantMoves() {
        SimClient.Reply first = invoke("Get-Label", "{}");
        assertEquals("ComplianceAffinity=region-a; Path=/; HttpOnly",
                first.raw().headers().firstValue("Set-Cookie").orElseThrow());
        sim.moveTenant();
        SimClient.Reply moved = invoke("Get-Label", "{}");
        assertEquals(307, moved.status());
        assertEquals(sim.secondaryRegionalBaseUri() + "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand",
                moved.raw().headers().firstValue("Location").orElseThrow());
        SimClient.Reply there = client.post(URI.create(moved.raw().headers().firstValue("Location").orElseThrow()),
                SimClient.body("Get-Label", "{}"), null);
        assertEquals(5, there.value().size());
        assertEquals(sim.secondaryRegionalBaseUri().getRawAuthority(), sim.journal().calls().get(1).host());
        sim.redirectNextCall("https://evil.example/x");
        assertEquals("https://evil.example/x", client.post(regional("InvokeCommand"), SimClient.body("Get-Label", "{}"),
                null).raw().headers().firstValue("Location").orElseThrow());
    }

    @Test
    void exchangeOnlineModeHasNoRegionalHosts() {
        try (ExoSimulator exo = ExoSimulator.builder().token("T").build().start()) {
            assertThrows(IllegalStateException.class, exo::regionalBaseUri);
        }
    }
}
