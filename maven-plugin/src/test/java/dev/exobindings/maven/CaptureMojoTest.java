package dev.exobindings.maven;

import dev.exobindings.simulator.ExoSimulator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaptureMojoTest {
    /** A JWT-shaped token (the simulator accepts any configured string; the runtime reads its expiry). */
    private static final String TOKEN = b64("{\"alg\":\"none\"}") + "." + b64("{\"exp\":4102444800}") + ".sig";

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static CaptureMojo mojo(Path dir, String endpoint, Map<String, String> env) {
        CaptureMojo mojo = new CaptureMojo();
        mojo.tenant = "contoso.onmicrosoft.com";
        mojo.cloud = "commercial";
        mojo.endpoint = endpoint;
        mojo.snapshotName = "contoso-capture";
        mojo.docsSnapshot = "exchange-online";
        mojo.captureDirectory = dir.resolve("out").toFile();
        mojo.baseDirectory = dir.toFile();
        mojo.environment = env::get;
        return mojo;
    }

    @Test
    void theGoalWritesTheCapturedSnapshotAndItsCompanions(@TempDir Path dir) throws Exception {
        RecordingLog log = new RecordingLog();
        java.util.List<String> logged = log.infos;
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0)
                .role(TOKEN, Set.of("Get-Mailbox", "Set-Mailbox")).build().start()) {
            CaptureMojo mojo = mojo(dir, exo.baseUri().toString(), Map.of("EXO_ACCESS_TOKEN", TOKEN));
            mojo.plugin = new org.apache.maven.plugin.descriptor.PluginDescriptor();
            mojo.plugin.setGroupId("dev.exobindings");
            mojo.plugin.setArtifactId("exo-bindings-maven-plugin");
            mojo.plugin.setVersion("9.8.7");
            mojo.setLog(log);
            mojo.execute();
        }
        Path out = dir.resolve("out");
        // full coordinates: the capture runs also where the exo-bindings: prefix does not resolve
        // paths relative to the project: they go into its POM, which must not name this machine's folders
        assertTrue(logged.contains("Compare: mvn dev.exobindings:exo-bindings-maven-plugin:9.8.7:diff"
                + " -DoldSnapshot=exchange-online -DnewSnapshot=out/contoso-capture.json"
                + " -Dexo-bindings.diff.newCsdl=out/contoso-capture.metadata.xml"), logged.toString());
        assertTrue(logged.contains("Then generate with <snapshot>out/contoso-capture.json</snapshot>"
                + " <csdl>out/contoso-capture.metadata.xml</csdl>"), logged.toString());
        String snapshot = Files.readString(out.resolve("contoso-capture.json"));
        assertTrue(snapshot.contains("\"name\": \"Set-Mailbox\""), snapshot.substring(0, 300));
        assertTrue(Files.readString(out.resolve("contoso-capture.capture-report.txt")).contains("RBAC"));
        assertTrue(Files.size(out.resolve("contoso-capture.metadata.xml")) > 100_000);
    }

    @Test
    void securityComplianceTakesItsBundledDocsAndNameAndRefusesTheOtherProductsDocs(@TempDir Path dir)
            throws Exception {
        try (ExoSimulator scc = ExoSimulator.builder().securityCompliance().token(TOKEN).build().start()) {
            CaptureMojo mojo = mojo(dir, scc.regionalBaseUri().toString(), Map.of("EXO_ACCESS_TOKEN", TOKEN));
            mojo.service = "security-compliance";
            mojo.snapshotName = null;
            mojo.docsSnapshot = null;
            mojo.execute();

            CaptureMojo mixed = mojo(dir, scc.regionalBaseUri().toString(), Map.of("EXO_ACCESS_TOKEN", TOKEN));
            mixed.service = "security-compliance";
            mixed.captureDirectory = dir.resolve("mixed").toFile();
            MojoFailureException e = assertThrows(MojoFailureException.class, mixed::execute);
            assertTrue(e.getMessage().contains("is a EXCHANGE_ONLINE snapshot, but the service captured is"
                    + " SECURITY_COMPLIANCE"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("mixed")), "nothing written");
        }
        String snapshot = Files.readString(dir.resolve("out/security-compliance-capture.json"));
        assertTrue(snapshot.contains("\"product\": \"security-compliance\""), snapshot.substring(0, 300));
        assertTrue(snapshot.contains("\"name\": \"New-ComplianceSearch\""));
        CaptureMojo unknown = mojo(dir, null, Map.of("EXO_ACCESS_TOKEN", TOKEN));
        unknown.service = "purview";
        assertTrue(assertThrows(MojoFailureException.class, unknown::execute).getMessage()
                .contains("service 'purview' is not one of exchange-online, security-compliance"));
    }

    @Test
    void aRefusedTokenFailsTheBuildWithTheReasonAndWritesNothing(@TempDir Path dir) {
        try (ExoSimulator exo = ExoSimulator.builder().mailboxes(0).token("other").build().start()) {
            MojoFailureException e = assertThrows(MojoFailureException.class,
                    () -> mojo(dir, exo.baseUri().toString(), Map.of("EXO_ACCESS_TOKEN", TOKEN)).execute());
            assertTrue(e.getMessage().contains("UNAUTHORIZED") && e.getMessage().contains("HTTP 401"), e.getMessage());
            assertFalse(e.getMessage().contains(TOKEN));
            assertFalse(new File(dir.toFile(), "out").exists());
        }
    }

    @Test
    void withoutAnySignInTheGoalSaysWhatToSet(@TempDir Path dir) {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> mojo(dir, null, Map.of()).execute());
        assertEquals("exo-bindings:capture needs a sign-in: set EXO_ACCESS_TOKEN to an access token for the Exchange "
                + "Online resource, or give -DclientId with EXO_CLIENT_SECRET or -Dcertificate (password in "
                + "EXO_CERTIFICATE_PASSWORD)", e.getMessage());
    }

    @Test
    void aTenantThatIsNoDomainFailsTheBuildNamingTheParameter(@TempDir Path dir) {
        CaptureMojo mojo = mojo(dir, null, Map.of("EXO_ACCESS_TOKEN", TOKEN));
        mojo.tenant = "contoso.onmicrosoft.com/x";
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertEquals("exo-bindings:capture: tenant 'contoso.onmicrosoft.com/x' is not valid: it contains a slash; give "
                + "only the domain, without path. Use the tenant's domain (contoso.onmicrosoft.com) or its tenant id "
                + "GUID (<tenant> or -Dtenant=)", e.getMessage());
        assertFalse(new File(dir.toFile(), "out").exists());
    }

    /** The default capture folder is under target/: the log says to keep the files a build generates from. */
    @Test
    void aCaptureInsideTheBuildFolderIsToldToMoveOutOfIt(@TempDir Path dir) {
        assertEquals(java.util.Optional.of("The capture is in " + dir.resolve("target/exo-bindings-capture")
                + ", which mvn clean deletes: copy the .json and .metadata.xml you generate from next to your sources"
                + " (e.g. snapshots/) and point <snapshot> and <csdl> there, or capture with"
                + " -DcaptureDirectory=snapshots."), CaptureMojo.keepHint(dir.resolve("target/exo-bindings-capture"), dir));
        assertEquals(java.util.Optional.empty(), CaptureMojo.keepHint(dir.resolve("snapshots"), dir));
    }
}
