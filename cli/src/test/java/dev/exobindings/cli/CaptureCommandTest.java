package dev.exobindings.cli;

import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.simulator.BuiltInSnapshot;
import dev.exobindings.simulator.ExoSimulator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code exo-bindings capture} against the simulator on 127.0.0.1. */
class CaptureCommandTest {
    /** A JWT-shaped token with a recognisable signature part, to check it is never printed. */
    private static final String TOKEN = b64("{\"alg\":\"none\"}") + "." + b64("{\"exp\":4102444800}")
            + ".SECRET-SIGNATURE-7f3a";

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ExoSimulator simulator(Set<String> role) {
        return ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(0).role(TOKEN, role).build().start();
    }

    private static CliRun capture(ExoSimulator exo, Path out, Map<String, String> env, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("capture", "--tenant", "contoso.onmicrosoft.com",
                "--endpoint", exo.baseUri().toString(), "--name", "contoso-capture", "--output", out.toString()));
        args.addAll(List.of(more));
        return CliRun.withEnvironment(env, args.toArray(String[]::new));
    }

    private static void assertNoSecret(CliRun run) {
        assertFalse(run.out().contains("SECRET-SIGNATURE") || run.err().contains("SECRET-SIGNATURE"),
                "the token is never printed");
    }

    @Test
    void theTenantsCmdletsAreWrittenAsASnapshotWithItsCompanions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        try (ExoSimulator exo = simulator(Set.of("Get-Mailbox", "Set-Mailbox", "Get-User"))) {
            CliRun run = capture(exo, out, Map.of("EXO_ACCESS_TOKEN", TOKEN), "--cloud", "commercial");
            assertEquals(ExoBindingsCli.OK, run.code(), run.err());
            assertTrue(run.out().startsWith("captured contoso.onmicrosoft.com: 3 cmdlets (0 not in the docs, "),
                    run.out());
            assertTrue(run.out().contains("; 35 client-side cmdlets kept from the docs)"), run.out());
            assertTrue(run.out().contains("6 files written into " + out), run.out());
            assertNoSecret(run);
        }
        Snapshot snapshot = SnapshotReader.read(out.resolve("contoso-capture.json"));
        assertEquals(List.of("Get-Mailbox", "Get-User", "Set-Mailbox"), snapshot.cmdlets().stream()
                .filter(c -> c.sources().contains(dev.exobindings.metadata.model.SourceKind.CAPTURE))
                .map(c -> c.name()).sorted().toList());
        assertEquals(3 + 35, snapshot.cmdlets().size(), "and the client-side cmdlets, as the docs describe them");
        assertTrue(snapshot.cmdlets().stream()
                .filter(c -> c.sources().contains(dev.exobindings.metadata.model.SourceKind.CAPTURE))
                .allMatch(c -> c.traits() != null), "traits captured");
        for (String suffix : List.of(".metadata.xml", ".psm1", ".traits.tsv", ".provenance.tsv",
                ".capture-report.txt")) {
            assertTrue(Files.size(out.resolve("contoso-capture" + suffix)) > 0, suffix);
        }
        assertTrue(Files.readString(out.resolve("contoso-capture.capture-report.txt")).contains("RBAC"));
    }

    /**
     * The whole flow from the command line: capture, then the generate command the capture prints, then translate
     * with the same files. The captured {@code $metadata} is edited first (a property the bundled CSDL does not
     * have), so the generated model and the translation show that the tenant's own CSDL was used.
     */
    @Test
    void thePrintedNextCommandGeneratesWithTheCapturedMetadata(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun run;
        try (ExoSimulator exo = simulator(Set.of("Get-Mailbox", "Set-Mailbox", "Get-User"))) {
            run = capture(exo, out, Map.of("EXO_ACCESS_TOKEN", TOKEN));
        }
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        Path json = out.resolve("contoso-capture.json");
        Path csdl = out.resolve("contoso-capture.metadata.xml");
        String next = run.out().lines().filter(l -> l.startsWith("next: ")).findFirst().orElseThrow();
        assertEquals("next: exo-bindings generate --snapshot " + json + " --csdl " + csdl
                + " --package com.example.exo --output src/gen/java", next);
        String compare = run.out().lines().filter(l -> l.startsWith("compare: ")).findFirst().orElseThrow();
        assertEquals("compare: exo-bindings diff exchange-online " + json + " --new-csdl " + csdl, compare);
        String metadata = Files.readString(csdl);
        String mailbox = "<EntityType Name=\"Mailbox\">";
        assertTrue(metadata.contains(mailbox), "the simulator serves a Mailbox entity");
        Files.writeString(csdl, metadata.replace(mailbox,
                mailbox + "<Property Name=\"TenantOnlyFlag\" Type=\"Edm.Boolean\" />"));

        CliRun diff = CliRun.of(compare.substring("compare: exo-bindings ".length()).split(" "));
        assertEquals(ExoBindingsCli.FINDINGS, diff.code(), diff.err());
        assertTrue(diff.out().contains("; result models: 1 change(s), 0 breaking"), "the edited $metadata: "
                + diff.out());

        List<String> args = new java.util.ArrayList<>(List.of(next.substring("next: exo-bindings ".length())
                .split(" ")));
        Path sources = dir.resolve("gen");
        args.set(args.indexOf("src/gen/java"), sources.toString());
        CliRun generate = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExoBindingsCli.OK, generate.code(), generate.err());
        assertTrue(generate.out().contains("from " + json + " with the CSDL " + csdl + " into "), generate.out());
        assertTrue(Files.readString(sources.resolve("com/example/exo/model/Mailbox.java"))
                .contains("TenantOnlyFlag"), "the model is the captured CSDL's");

        String line = "Get-Mailbox -ResultSize 10 | Select-Object DisplayName,TenantOnlyFlag";
        CliRun translate = CliRun.of("translate", "--snapshot", json.toString(), "--csdl", csdl.toString(),
                "--package", "com.example.exo", line);
        assertEquals(ExoBindingsCli.OK, translate.code(), translate.err());
        assertTrue(translate.out().contains("Mailbox.TENANT_ONLY_FLAG"), translate.out());
        CliRun bundled = CliRun.of("translate", "--snapshot", json.toString(), "--package", "com.example.exo", line);
        assertEquals(ExoBindingsCli.FINDINGS, bundled.code(), "the bundled CSDL has no such property: "
                + bundled.out());
    }

    /**
     * {@code --service security-compliance}: the bundled Security &amp; Compliance docs and the service's default name
     * follow, and so does the package the next command suggests. Here {@code --endpoint} names the regional host (the
     * simulator's); without it the capture finds that host through the cloud's front door, as the library test of
     * discovery shows (ComplianceCaptureTest).
     */
    @Test
    void securityComplianceIsCapturedWithItsOwnDocsAndName(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        CliRun run;
        try (ExoSimulator scc = ExoSimulator.builder().securityCompliance().token(TOKEN).build().start()) {
            run = CliRun.withEnvironment(Map.of("EXO_ACCESS_TOKEN", TOKEN), "capture", "--tenant",
                    "contoso.onmicrosoft.com", "--service", "security-compliance", "--endpoint",
                    scc.regionalBaseUri().toString(), "--output", out.toString());
        }
        assertEquals(ExoBindingsCli.OK, run.code(), run.err());
        Path json = out.resolve("security-compliance-capture.json");
        Snapshot snapshot = SnapshotReader.read(json);
        assertEquals(dev.exobindings.metadata.model.Product.SECURITY_COMPLIANCE, snapshot.header().product());
        assertTrue(snapshot.cmdlet("New-ComplianceSearch").isPresent(), "merged with the compliance docs");
        assertTrue(run.out().contains("next: exo-bindings generate --snapshot " + json + " --csdl "
                + out.resolve("security-compliance-capture.metadata.xml") + " --package com.example.scc "), run.out());
        assertTrue(run.out().contains("compare: exo-bindings diff security-compliance " + json + "\n")
                || run.out().contains("compare: exo-bindings diff security-compliance " + json + "\r\n"), run.out());
        assertNoSecret(run);

        CliRun mixed = CliRun.withEnvironment(Map.of("EXO_ACCESS_TOKEN", TOKEN), "capture", "--tenant",
                "contoso.onmicrosoft.com", "--service", "security-compliance", "--docs-snapshot", "exchange-online",
                "--endpoint", "http://127.0.0.1:9", "--output", dir.resolve("mixed").toString());
        assertEquals(ExoBindingsCli.USAGE, mixed.code(), mixed.err());
        assertTrue(mixed.err().contains("--docs-snapshot exchange-online describes exchange-online, not the --service"
                + " security-compliance captured"), mixed.err());
        CliRun unknown = CliRun.of("capture", "--tenant", "contoso.onmicrosoft.com", "--service", "purview");
        assertEquals(ExoBindingsCli.USAGE, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("unknown service 'purview'; use one of exchange-online,"
                + " security-compliance"), unknown.err());
        assertFalse(Files.exists(dir.resolve("mixed")), "nothing written");
    }

    @Test
    void aCsdlThatIsMissingOrAFolderIsAUserErrorThatWritesNothing(@TempDir Path dir) {
        Path missing = dir.resolve("tenant.metadata.xml");
        CliRun run = CliRun.of("generate", "--csdl", missing.toString(), "--package", "com.example.exo",
                "--output", dir.resolve("gen").toString(), "--include", "Get-Mailbox");
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().startsWith("generate: error: CSDL file " + missing + " (--csdl) does not exist. Fix: "),
                run.err());
        assertFalse(run.hasStackTrace());
        assertFalse(Files.exists(dir.resolve("gen")), "nothing written");
        CliRun folder = CliRun.of("translate", "--csdl", dir.toString(), "Get-Mailbox");
        assertEquals(ExoBindingsCli.FAILURE, folder.code());
        assertTrue(folder.err().contains("(--csdl) is a directory. Fix: name the $metadata XML file itself"),
                folder.err());
    }

    @Test
    void aMalformedCsdlNamesTheFileAndPlace(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.metadata.xml"), "<edmx:Edmx>\n<oops");
        CliRun run = CliRun.of("generate", "--csdl", broken.toString(), "--package", "com.example.exo",
                "--output", dir.resolve("gen").toString(), "--include", "Get-Mailbox");
        assertEquals(ExoBindingsCli.FAILURE, run.code());
        assertTrue(run.err().startsWith("generate: error: ") && run.err().contains(broken.toString()), run.err());
        assertFalse(run.hasStackTrace());
        assertFalse(Files.exists(dir.resolve("gen")), "nothing written");
    }

    @Test
    void aRefusedTokenIsAFailureThatWritesNothing(@TempDir Path dir) {
        Path out = dir.resolve("out");
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(0).token("other")
                .build().start()) {
            CliRun run = capture(exo, out, Map.of("EXO_ACCESS_TOKEN", TOKEN));
            assertEquals(ExoBindingsCli.FAILURE, run.code());
            assertTrue(run.err().startsWith("capture: error: capture failed (UNAUTHORIZED), nothing written:"),
                    run.err());
            assertFalse(run.hasStackTrace());
            assertNoSecret(run);
            assertFalse(Files.exists(out));
        }
    }

    @Test
    void aCallerWithoutAnyRoleIsToldSo(@TempDir Path dir) {
        try (ExoSimulator exo = simulator(Set.of())) {
            CliRun run = capture(exo, dir.resolve("out"), Map.of("EXO_ACCESS_TOKEN", TOKEN));
            assertEquals(ExoBindingsCli.FAILURE, run.code());
            assertTrue(run.err().contains("(FORBIDDEN)"), run.err());
            assertNoSecret(run);
        }
    }

    @Test
    void missingOrMisplacedSignInAndBadOptionsAreUsageErrors(@TempDir Path dir) {
        try (ExoSimulator exo = simulator(Set.of("Get-Mailbox"))) {
            CliRun none = capture(exo, dir.resolve("a"), Map.of());
            assertEquals(ExoBindingsCli.USAGE, none.code());
            assertTrue(none.err().contains("no sign-in: set the environment variable EXO_ACCESS_TOKEN"), none.err());

            CliRun otherVariable = capture(exo, dir.resolve("b"), Map.of("MY_TOKEN", TOKEN), "--token-env",
                    "MY_TOKEN");
            assertEquals(ExoBindingsCli.OK, otherVariable.code(), otherVariable.err());

            CliRun noSecret = capture(exo, dir.resolve("c"), Map.of(), "--client-id",
                    "00000000-0000-0000-0000-00000000000a");
            assertEquals(ExoBindingsCli.USAGE, noSecret.code());
            assertTrue(noSecret.err().contains("nor the environment variable EXO_CLIENT_SECRET"), noSecret.err());

            CliRun notAJwt = capture(exo, dir.resolve("d"), Map.of("EXO_ACCESS_TOKEN", "SECRET-SIGNATURE-plain"));
            assertEquals(ExoBindingsCli.USAGE, notAJwt.code());
            assertTrue(notAJwt.err().contains("the token in EXO_ACCESS_TOKEN"), notAJwt.err());
            assertNoSecret(notAJwt);
        }
        CliRun plainHttp = CliRun.withEnvironment(Map.of("EXO_ACCESS_TOKEN", TOKEN), "capture", "--tenant",
                "contoso.onmicrosoft.com", "--endpoint", "http://example.com");
        assertEquals(ExoBindingsCli.USAGE, plainHttp.code());
        assertTrue(plainHttp.err().contains("--endpoint: endpoint http://example.com uses plain http"), plainHttp.err());
        CliRun badCloud = CliRun.withEnvironment(Map.of("EXO_ACCESS_TOKEN", TOKEN), "capture", "--tenant",
                "contoso.onmicrosoft.com", "--cloud", "moon");
        assertEquals(ExoBindingsCli.USAGE, badCloud.code());
        assertTrue(badCloud.err().contains("moon"), badCloud.err());
        CliRun badName = CliRun.withEnvironment(Map.of("EXO_ACCESS_TOKEN", TOKEN), "capture", "--tenant",
                "contoso.onmicrosoft.com", "--name", "Bad Name");
        assertEquals(ExoBindingsCli.USAGE, badName.code());
        assertTrue(badName.err().contains("snapshotName must be lower-case words"), badName.err());
        CliRun badTenant = CliRun.withEnvironment(Map.of("EXO_ACCESS_TOKEN", TOKEN), "capture", "--tenant",
                "not a tenant", "--output", dir.resolve("e").toString());
        assertEquals(ExoBindingsCli.USAGE, badTenant.code(), badTenant.err());
        assertTrue(badTenant.err().contains("--tenant: tenant 'not a tenant' is not valid: it contains a space at "
                + "position 3. Use the tenant's domain (contoso.onmicrosoft.com) or its tenant id GUID (--tenant)"),
                badTenant.err());
        assertFalse(Files.exists(dir.resolve("e")), "nothing is written");
        CliRun noCertificate = CliRun.of("capture", "--tenant", "contoso.onmicrosoft.com", "--client-id",
                "00000000-0000-0000-0000-00000000000a", "--certificate", dir.resolve("app.pfx").toString());
        assertEquals(ExoBindingsCli.FAILURE, noCertificate.code(), noCertificate.err());
        assertTrue(noCertificate.err().contains("the certificate " + dir.resolve("app.pfx").toAbsolutePath()
                .normalize() + " (--certificate) does not exist. Fix: check the path"), noCertificate.err());
        assertFalse(noCertificate.hasStackTrace());
        assertFalse(plainHttp.hasStackTrace() || badCloud.hasStackTrace() || badName.hasStackTrace()
                || badTenant.hasStackTrace());
    }
}
