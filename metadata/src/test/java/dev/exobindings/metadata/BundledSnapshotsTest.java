package dev.exobindings.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.io.SnapshotReader;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BundledSnapshotsTest {

    @Test
    void exchangeOnlineSnapshotLoadsWithItsHeader() {
        Snapshot exo = BundledSnapshots.exchangeOnline();
        assertEquals("exchange-online", exo.header().name());
        assertEquals(Product.EXCHANGE_ONLINE, exo.header().product());
        assertEquals("2026-08-21", exo.header().captureDate());
        assertEquals(893, exo.cmdlets().size());
        assertEquals(List.of(SourceKind.DOCS, SourceKind.CATALOG),
                exo.header().sources().stream().map(s -> s.kind()).toList());
        assertEquals("93336da2bca96c31c0fc8acc52658a30ef8a6c94", exo.header().sources().get(0).commit());
        assertEquals("6f660c23bd294bfc932b65338421150fe49d9f92", exo.header().sources().get(1).commit());
        assertTrue(exo.cmdlets().stream().allMatch(c -> c.product() == Product.EXCHANGE_ONLINE));
    }

    @Test
    void securityComplianceSnapshotHoldsTheDocsPages() {
        Snapshot sc = BundledSnapshots.securityCompliance();
        assertEquals("security-compliance", sc.header().name());
        assertEquals(275, sc.cmdlets().size());
        assertTrue(sc.cmdlets().stream().allMatch(c -> c.sources().equals(List.of(SourceKind.DOCS))));
        assertTrue(sc.cmdlets().stream().allMatch(c -> c.product() == Product.SECURITY_COMPLIANCE));
        Cmdlet cmdlet = sc.cmdlet("New-ComplianceSearch").orElseThrow();
        assertEquals("https://learn.microsoft.com/powershell/module/exchangepowershell/new-compliancesearch",
                cmdlet.documentationUrl());
    }

    @Test
    void loadByNameCachesAndNamesAreListed() {
        assertEquals(List.of("exchange-online", "security-compliance"), BundledSnapshots.names());
        assertSame(BundledSnapshots.load("exchange-online"), BundledSnapshots.exchangeOnline());
        assertSame(BundledSnapshots.load("security-compliance"), BundledSnapshots.securityCompliance());
    }

    @Test
    void eachPrebuiltBindingsPackageIsThePackageItsBindingsModuleGeneratesInto() throws IOException {
        Pattern packageName = Pattern.compile("<packageName>([^<]+)</packageName>");
        for (String name : BundledSnapshots.names()) {
            Path pom = Path.of("..", "bindings-" + name, "pom.xml");
            Matcher m = packageName.matcher(Files.readString(pom));
            assertTrue(m.find(), "<packageName> in " + pom);
            assertEquals(m.group(1).trim(), BundledSnapshots.prebuiltBindingsPackage(name), name);
        }
        assertThrows(IllegalArgumentException.class, () -> BundledSnapshots.prebuiltBindingsPackage("captured.json"));
    }

    @Test
    void bundledFilesHoldFactsNotProse() throws IOException {
        Pattern internalRemark = Pattern.compile("reserved\\s+for\\s+internal\\s+Microsoft\\s+use");
        for (String name : BundledSnapshots.names()) {
            String text;
            try (InputStream in = getClass().getResourceAsStream(BundledSnapshots.resourcePath(name))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertFalse(internalRemark.matcher(text).find(), name);
            List<String> phrases = new ArrayList<>();
            collectPhrases(new ObjectMapper().readTree(text), phrases);
            assertEquals(List.of(), phrases, name + ": a string value with blanks looks like copied prose");
        }
    }

    private static void collectPhrases(JsonNode node, List<String> phrases) {
        if (node.isTextual() && node.textValue().contains(" ")) {
            phrases.add(node.textValue());
        }
        node.forEach(child -> collectPhrases(child, phrases));
    }

    /** The bundled snapshots skip the validator when loaded; this is where they are validated instead. */
    @Test
    void everyBundledSnapshotPassesTheValidatorAndReadsAsTheTrustedPathReadsIt() throws IOException {
        for (String name : BundledSnapshots.names()) {
            String resource = BundledSnapshots.resourcePath(name);
            Snapshot validated;
            try (InputStream in = getClass().getResourceAsStream(resource)) {
                validated = SnapshotReader.read(resource, in);
            }
            assertEquals(validated, BundledSnapshots.load(name), name);
        }
    }

    @Test
    void unknownNameListsTheValidNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundledSnapshots.load("exchange"));
        assertEquals("unknown bundled snapshot 'exchange'; valid names: exchange-online, security-compliance",
                e.getMessage());
    }
}
