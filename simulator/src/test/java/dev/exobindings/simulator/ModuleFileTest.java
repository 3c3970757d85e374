package dev.exobindings.simulator;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleFileTest {

    @Test
    void exoModuleFileServesAPsm1BuiltFromTheSnapshot() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(1).token("T").build().start()) {
            SimClient.Reply reply = new SimClient(exo, "T").get(URI.create(exo.baseUri()
                    + "/AdminApi/v1.0/contoso.onmicrosoft.com/EXOModuleFile?Version=3.9.2"));
            assertEquals(200, reply.status(), String.valueOf(reply.json()));
            assertEquals("ExchangeOnline.psm1", reply.value().get(0).path("fileName").asText());
            String psm1 = reply.value().get(0).path("fileContent").asText();
            assertTrue(psm1.contains("function script:Get-Mailbox\n"));
            assertTrue(psm1.contains("[CmdletBinding(DefaultParameterSetName='Identity')]"));
            assertTrue(psm1.contains("[Parameter(ParameterSetName='Identity', Position=0"), "Get-Mailbox -Identity");
            assertTrue(psm1.contains("[Parameter(Mandatory=$true, Position=0)]\n    [string]\n    ${Name}"),
                    "New-DistributionGroup -Name: one attribute without a set name for every set");
            assertTrue(psm1.contains("# .ExternalHelp Microsoft.Exchange.Management-Help.xml\nfunction script:Get-Mailbox\n"));
            assertTrue(psm1.contains("$script:RequestTimeoutSeconds = 960"));
            assertTrue(psm1.contains("-EnableBatchingStatus:$true"));
            assertTrue(psm1.contains("function Execute-Command\n"), "helper functions");
            assertTrue(psm1.contains("SupportsShouldProcess=$true"));
            assertTrue(psm1.contains("[ValidateSet("));
            assertTrue(psm1.contains("[Alias("));
            assertTrue(psm1.contains("$PublicKey = '" + exo.publicKeyXml() + "'"));
            assertTrue(exo.publicKeyXml().matches("<RSAKeyValue><Modulus>[A-Za-z0-9+/=]{344}</Modulus>"
                    + "<Exponent>AQAB</Exponent></RSAKeyValue>"), exo.publicKeyXml());
            long functions = psm1.lines().filter(l -> l.startsWith("function script:")).count();
            // every cmdlet of the snapshot but the module's client-side ones, which its text never carries
            long clientSide = dev.exobindings.metadata.BundledSnapshots.exchangeOnline().cmdlets().stream()
                    .filter(c -> dev.exobindings.metadata.data.ClientSideCmdlets.reason(c.name()).isPresent())
                    .count();
            assertEquals(35, clientSide);
            assertEquals(dev.exobindings.metadata.BundledSnapshots.exchangeOnline().cmdlets().size() - clientSide,
                    functions);
            assertFalse(psm1.contains("function script:Connect-ExchangeOnline"));
            assertFalse(psm1.contains("function script:Get-EXOMailbox"));
        }
    }

    @Test
    void aClientSideCmdletIsNotACmdletOfTheServiceSession() {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(1).token("T").build()
                .start()) {
            SimClient client = new SimClient(exo, "T");
            SimClient.Reply exoMailbox = client.invoke("Get-EXOMailbox", "{}");
            assertEquals(400, exoMailbox.status());
            assertTrue(exoMailbox.raw().body().contains("CommandNotFoundException"), exoMailbox.raw().body());
            assertEquals(200, client.invoke("Get-Mailbox", "{\"ResultSize\":1}").status(), "its server-side kin runs");
        }
    }

    @Test
    void theCommandNameHeaderNarrowsTheModule() {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(1).token("T").build()
                .start()) {
            SimClient.Reply reply = new SimClient(exo, "T").send(java.net.http.HttpRequest.newBuilder(URI.create(
                    exo.baseUri() + "/adminapi/v1.0/contoso.com/EXOModuleFile")).header("Authorization", "Bearer T")
                    .header("CommandName", "get-user, Set-Mailbox").GET().build());
            String psm1 = reply.value().get(0).path("fileContent").asText();
            assertTrue(psm1.contains("Export-ModuleMember -Function @('Get-User', 'Set-Mailbox')"), psm1.lines()
                    .filter(l -> l.startsWith("Export")).findFirst().orElse(""));
        }
    }

    @Test
    void eachTokenSeesTheCmdletsOfItsRoleAndATokenWithoutRoleIsRefused() {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(1).token("ADMIN")
                .role("HELPDESK", Set.of("Get-User")).role("NOBODY", Set.of()).build().start()) {
            URI uri = URI.create(exo.baseUri() + "/AdminApi/v1.0/contoso.onmicrosoft.com/EXOModuleFile");
            String admin = new SimClient(exo, "ADMIN").get(uri).value().get(0).path("fileContent").asText();
            String helpdesk = new SimClient(exo, "HELPDESK").get(uri).value().get(0).path("fileContent").asText();
            assertTrue(admin.contains("function script:Set-Mailbox\n"));
            assertTrue(helpdesk.contains("Export-ModuleMember -Function @('Get-User')"));
            assertFalse(helpdesk.contains("function script:Set-Mailbox\n"));
            SimClient.Reply refused = new SimClient(exo, "NOBODY").get(uri);
            assertEquals(403, refused.status());
        }
    }

    @Test
    void theMetadataDocumentIsServed() {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(1).token("T").build().start()) {
            java.net.http.HttpResponse<String> reply;
            try {
                reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(
                        exo.baseUri() + "/adminapi/beta/contoso.onmicrosoft.com/$metadata"))
                        .header("Authorization", "Bearer T").GET().build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            assertEquals(200, reply.statusCode());
            assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
            assertEquals(dev.exobindings.metadata.BundledCsdl.exchangeOnline(), reply.body());
            assertTrue(reply.body().contains("InvokeCommand"));
        }
    }

    @Test
    void theModuleIsTrimmedToTheRole() {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(1).token("T")
                .allowedCmdlets(Set.of("Get-Mailbox")).build().start()) {
            String psm1 = new SimClient(exo, "T").get(URI.create(exo.baseUri()
                    + "/adminapi/v1.0/contoso.com/exomodulefile")).value().get(0).path("fileContent").asText();
            assertTrue(psm1.contains("function script:Get-Mailbox\n"));
            assertFalse(psm1.contains("function script:Set-Mailbox\n"));
            assertTrue(psm1.contains("Export-ModuleMember -Function @('Get-Mailbox')"));
        }
    }
}
