package dev.exobindings.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real generator on the IT fixture snapshots; checks the fingerprint / up-to-date logic. */
class GenerationRunTest {
    private static final Path FIXTURES = Path.of("src/it/fixtures");
    private static final FileTime OLD = FileTime.fromMillis(946_684_800_000L);

    @TempDir
    Path out;

    private final RecordingLog log = new RecordingLog();
    private final List<String> infos = log.infos;

    private GenerateSettings settings(String fixture, String packageName, String executionId) throws Exception {
        SnapshotInput input = SnapshotInputs.file(FIXTURES.resolve(fixture), "snapshot");
        return new GenerateSettings(input, packageName, List.of(), List.of(), out, executionId, "test");
    }

    private GenerateSettings withCsdl(Path csdl) throws Exception {
        GenerateSettings plain = settings("small-v1.json", "com.example.exo", "default");
        return new GenerateSettings(plain.snapshot(), plain.packageName(), plain.includes(), plain.excludes(), out,
                plain.executionId(), plain.generatorIdentity(), CsdlInput.read(csdl, "csdl"));
    }

    @Test
    void aCsdlFileGivesTheModelsAndItsEditsRegenerate(@TempDir Path dir) throws Exception {
        Path csdl = Files.copy(FIXTURES.resolve("small-csdl.xml"), dir.resolve("metadata.xml"));
        assertTrue(new GenerationRun(withCsdl(csdl), log).execute());
        String mailbox = Files.readString(out.resolve("com/example/exo/model/Mailbox.java"));
        assertTrue(mailbox.contains("DISPLAY_NAME") && mailbox.contains("EMAIL_ADDRESSES"), "the file's properties");
        assertFalse(mailbox.contains("PRIMARY_SMTP_ADDRESS"), "not the bundled CSDL's Mailbox");
        assertTrue(Files.readString(out.resolve("com/example/exo/GetMailbox.java")).contains("Mailbox"));
        assertFalse(new GenerationRun(withCsdl(csdl), log).execute(), "same CSDL: up to date");

        Files.writeString(csdl, Files.readString(csdl).replace("<Property Name=\"DisplayName\" Type=\"Edm.String\" />",
                "<Property Name=\"DisplayName\" Type=\"Edm.String\" /><Property Name=\"Alias\" Type=\"Edm.String\" />"));
        assertTrue(new GenerationRun(withCsdl(csdl), log).execute(), "an edited CSDL regenerates");
        assertTrue(Files.readString(out.resolve("com/example/exo/model/Mailbox.java")).contains("ALIAS"));
    }

    @Test
    void aMissingCsdlFileFailsNamingTheFileAndTheSetting() {
        Path missing = FIXTURES.resolve("no-such-metadata.xml");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> CsdlInput.read(missing, "csdl"));
        assertTrue(e.getMessage().startsWith("CSDL file " + missing.toAbsolutePath().normalize() + " (from <csdl>) "
                + "does not exist. Fix:"), e.getMessage());
    }

    @Test
    void aMalformedCsdlFileFailsNamingTheFileAndThePlace() throws Exception {
        Path bad = FIXTURES.resolve("malformed-csdl.xml");
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new GenerationRun(withCsdl(bad), log).execute());
        assertTrue(e.getMessage().contains(bad.toAbsolutePath().normalize() + ":7:"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed CSDL XML"), e.getMessage());
        assertFalse(Files.exists(out.resolve(".exo-bindings/default.fingerprint")), "nothing recorded as done");
    }

    @Test
    void secondRunWithSameInputsIsUpToDateAndTouchesNothing() throws Exception {
        assertTrue(new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute());
        assertTrue(Files.isRegularFile(out.resolve("com/example/exo/GetMailbox.java")));
        assertTrue(Files.isRegularFile(out.resolve(".exo-bindings/default.fingerprint")));
        setAllMtimes(OLD);

        assertFalse(new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute());
        assertTrue(infos.get(infos.size() - 1).startsWith("exo-bindings [default]: up to date ("), infos.toString());
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(Files::isRegularFile).forEach(f -> assertEquals(OLD, mtime(f), f.toString()));
        }
    }

    @Test
    void deletedOrEditedGeneratedFileTriggersRegeneration() throws Exception {
        new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute();
        Path getMailbox = out.resolve("com/example/exo/GetMailbox.java");
        String original = Files.readString(getMailbox);
        Files.delete(getMailbox);
        assertTrue(new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute());
        assertEquals(original, Files.readString(getMailbox));

        Files.writeString(getMailbox, original + "// edited\n");
        assertTrue(new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute());
        assertEquals(original, Files.readString(getMailbox));
    }

    @Test
    void changedSnapshotRegeneratesAndRemovesDroppedCmdlet() throws Exception {
        new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute();
        assertTrue(Files.exists(out.resolve("com/example/exo/RemoveMailContact.java")));
        assertTrue(new GenerationRun(settings("small-v2.json", "com.example.exo", "default"), log).execute());
        assertFalse(Files.exists(out.resolve("com/example/exo/RemoveMailContact.java")));
        assertTrue(Files.exists(out.resolve("com/example/exo/NewMailContact.java")));
    }

    @Test
    void secondExecutionInTheSameDirectoryFails() throws Exception {
        new GenerationRun(settings("small-v1.json", "com.example.a", "exo-a"), log).execute();
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new GenerationRun(settings("small-v1.json", "com.example.b", "exo-b"), log).execute());
        assertTrue(e.getMessage().contains("is also used by execution(s) [exo-a]"), e.getMessage());
    }

    @Test
    void aCommandLineRecordLeftBesideTheExecutionIsNoConflictingOwnerAndIsDropped() throws Exception {
        // before a command-line run took over the POM's execution, it recorded as default-cli in the same folder
        new GenerationRun(settings("small-v1.json", "com.example.exo", "default-cli"), log).execute();
        assertTrue(new GenerationRun(settings("small-v1.json", "com.example.exo", "default"), log).execute());
        assertFalse(Files.exists(out.resolve(".exo-bindings/default-cli.fingerprint")), "no stale claim left");
        assertTrue(Files.exists(out.resolve(".exo-bindings/default.fingerprint")));
    }

    @Test
    void globsMatchingOnlyClientSideCmdletsSaySoInsteadOfNoMatch() throws Exception {
        List<String> warnings = log.warnings;
        GenerateSettings connectOnly = new GenerateSettings(SnapshotInputs.bundled("exchange-online", "bundledSnapshot"),
                "com.example.exo", List.of("Connect-ExchangeOnline"), List.of(), out, "default", "test");
        new GenerationRun(connectOnly, log).execute();
        assertTrue(infos.get(0).contains("1 client-side cmdlets not generated"), infos.toString());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("exo-bindings: The include/exclude globs matched only client-side "
                + "cmdlets [Connect-ExchangeOnline], which are not generated"), warnings.toString());

        // the next build is up to date, and the advice still stands: said again, not lost after one build
        assertFalse(new GenerationRun(connectOnly, log).execute());
        assertTrue(infos.get(infos.size() - 1).contains("up to date"), infos.toString());
        assertEquals(List.of(warnings.get(0), warnings.get(0)), warnings);
    }

    @Test
    void invalidSnapshotFailsWithTheReadersMessage() throws Exception {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> new GenerationRun(settings("invalid.json", "com.example.exo", "default"), log).execute());
        assertTrue(e.getMessage().startsWith("Invalid snapshot "), e.getMessage());
        assertTrue(e.getMessage().contains("$.cmdlets[1]"), e.getMessage());
        assertFalse(Files.exists(out.resolve(".exo-bindings/default.fingerprint")));
    }

    private void setAllMtimes(FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, time);
            }
        }
    }

    private static FileTime mtime(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
