package dev.exobindings.generator;

import static dev.exobindings.generator.testing.SnapshotBuilder.cmdlet;
import static dev.exobindings.generator.testing.SnapshotBuilder.in;
import static dev.exobindings.generator.testing.SnapshotBuilder.mandatory;
import static dev.exobindings.generator.testing.SnapshotBuilder.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.generator.testing.SnapshotBuilder;
import dev.exobindings.generator.testing.SnapshotBuilder.CmdletBuilder;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile snapshots: class-name clashes, text no file can carry, text that hides itself, and sizes javac cannot
 * compile. Each gives one clear message naming the cmdlet(s) and leaves nothing written.
 */
class RobustnessTest {
    @TempDir
    Path dir;

    private GeneratorException refused(Snapshot snapshot) throws IOException {
        Path out = dir.resolve("out");
        GeneratorException e = assertThrows(GeneratorException.class, () -> CodeGenerator.builder().snapshot(snapshot)
                .targetPackage("com.example.robust").outputDirectory(out).build().generate());
        assertFalse(Files.exists(out), "nothing is written: " + e.getMessage());
        return e;
    }

    @Test
    void twoCmdletsMappingToOneClassAreOneErrorNamingBoth() throws IOException {
        GeneratorException e = refused(SnapshotBuilder.snapshot().add(cmdlet("Get-AB")).add(cmdlet("GetA-B")).build());
        assertTrue(e.getMessage().contains("(Get-AB) and cmdlets[1] (GetA-B) both map to the class GetAB"),
                e.getMessage());
        e = refused(SnapshotBuilder.snapshot().add(cmdlet("Get-aB")).add(cmdlet("GetA-b")).add(cmdlet("Get-Thing"))
                .build());
        assertTrue(e.getMessage().contains("Get-aB") && e.getMessage().contains("GetA-b"), e.getMessage());
        e = refused(SnapshotBuilder.snapshot().add(cmdlet("Get-MailBox")).add(cmdlet("Get-Mailbox")).build());
        assertTrue(e.getMessage().contains("Get-MailBox") && e.getMessage().contains("Get-Mailbox")
                && e.getMessage().contains("macOS and Windows"), e.getMessage());
    }

    @Test
    void aLoneSurrogateIsRejectedWithItsPlace() throws IOException {
        GeneratorException e = refused(SnapshotBuilder.snapshot().add(cmdlet("Set-Text")
                .param(param("Mode", "TextMode").values(ValuesOrigin.VALIDATE_SET, "Ok", "bad\uD800value"))).build());
        assertTrue(e.getMessage().contains("cmdlets[0] (Set-Text) parameters[0] (Mode) allowedValues[1]: a lone "
                + "surrogate U+D800 at index 3"), e.getMessage());
        e = refused(SnapshotBuilder.snapshot().add(cmdlet("Set-Text")
                .param(param("Mode", "String").aliases("\uDC00x"))).build());
        assertTrue(e.getMessage().contains("aliases[0]: a lone surrogate U+DC00 at index 0"), e.getMessage());
        e = refused(SnapshotBuilder.snapshot().add(cmdlet("Get-Text")).add(cmdlet("Set-Text")
                .url("https://example.com/\uDBFF")).build());
        assertTrue(e.getMessage().contains("Snapshot cmdlets[1] (Set-Text) documentationUrl: a lone surrogate U+DBFF "
                + "at index 20"), e.getMessage());
        e = refused(SnapshotBuilder.snapshot().add(cmdlet("Set-Text")
                .param(param("Mode", "String").sets(in("A"), in("B\uDC01")))).build());
        assertTrue(e.getMessage().contains("cmdlets[0] (Set-Text) parameters[0] (Mode) sets[1]: a lone surrogate "
                + "U+DC01 at index 1"), e.getMessage());
        // a pair is one character, not an error
        assertEquals(1, CodeGenerator.builder().snapshot(SnapshotBuilder.snapshot().add(cmdlet("Set-Text")
                        .param(param("Mode", "String").aliases("M\uD83D\uDE00"))).build())
                .targetPackage("com.example.robust").outputDirectory(dir.resolve("paired")).build().generate().cmdlets());
    }

    @Test
    void bidiAndZeroWidthCharactersAreEscapedAndSurviveAsData() throws Exception {
        String trojan = "safe\u202Eevil\u2066x\u2069\u200Bz\uFEFF";
        Snapshot snapshot = SnapshotBuilder.snapshot().add(cmdlet("Set-Text")
                .param(param("Mode", "TextMode").values(ValuesOrigin.VALIDATE_SET, "Plain", trojan)
                        .aliases("al\u200Fias"))).build();
        Path out = dir.resolve("out");
        CodeGenerator.builder().snapshot(snapshot).targetPackage("com.example.robust").outputDirectory(out).build()
                .generate();
        List<Path> sources = InMemoryCompiler.javaFiles(out);
        for (Path source : sources) {
            String text = Files.readString(source);
            assertTrue(text.chars().noneMatch(c -> c == 0x202E || c == 0x2066 || c == 0x2069 || c == 0x200B
                    || c == 0xFEFF || c == 0x200F), "raw invisible character in " + source);
        }
        String enumSource = Files.readString(out.resolve("com/example/robust/enums/TextMode.java"));
        assertTrue(enumSource.contains("\"safe\\u202eevil\\u2066x\\u2069\\u200bz\\ufeff\""), enumSource);
        assertTrue(enumSource.contains("safe&#x202E;evil&#x2066;x&#x2069;&#x200B;z&#xFEFF;"), enumSource);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, dir.resolve("classes"), List.of());
        assertTrue(compiled.success(), compiled.errors());
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {compiled.classes().toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> e = loader.loadClass("com.example.robust.enums.TextMode");
            Object constant = e.getMethod("fromWire", String.class).invoke(null, trojan);
            assertEquals(trojan, e.getMethod("wireValue").invoke(constant), "the value is sent byte for byte");
        }
    }

    @Test
    void sizesJavacCannotCompileAreRefusedWithTheCmdletsName() throws IOException {
        CmdletBuilder huge = cmdlet("Set-Huge");
        IntStream.range(0, 2_001).forEach(i -> huge.param(param("P" + i, "String")));
        GeneratorException e = refused(SnapshotBuilder.snapshot().add(cmdlet("Get-Small")).add(huge).build());
        assertTrue(e.getMessage().contains("cmdlets[1] (Set-Huge) has 2001 parameters; at most 2000"),
                e.getMessage());
        assertTrue(e.getMessage().contains("code too large"), e.getMessage());

        String[] values = IntStream.range(0, 2_001).mapToObj(i -> "Value" + i).toArray(String[]::new);
        e = refused(SnapshotBuilder.snapshot().add(cmdlet("Set-Wide")
                .param(param("Mode", "WideMode").values(ValuesOrigin.VALIDATE_SET, values))).build());
        assertTrue(e.getMessage().contains("Enum WideMode (Set-Wide -Mode) would have 2001 values; at most 2000"),
                e.getMessage());
        assertTrue(e.getMessage().contains("exclude Set-Wide"), e.getMessage());
    }

    @Test
    void theLargestAcceptedShapesCompile() throws IOException {
        // 300 mandatory parameters (once 300 entry arguments, past javac's 255) become staged steps; an enum at
        // the limit and a cmdlet at the parameter limit still compile.
        CmdletBuilder many = cmdlet("New-Many");
        IntStream.range(0, 300).forEach(i -> many.param(param("M" + i, "String").sets(mandatory("__AllParameterSets",
                i))));
        CmdletBuilder wide = cmdlet("Set-Wide").param(param("Mode", "WideMode").values(ValuesOrigin.VALIDATE_SET,
                IntStream.range(0, 2_000).mapToObj(i -> "Value" + i).toArray(String[]::new)));
        IntStream.range(0, 1_999).forEach(i -> wide.param(param("P" + i, "String")));
        Path out = dir.resolve("out");
        CodeGenerator.builder().snapshot(SnapshotBuilder.snapshot().add(many).add(wide).build())
                .targetPackage("com.example.robust").outputDirectory(out).build().generate();
        List<Path> sources = InMemoryCompiler.javaFiles(out);
        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(sources, dir.resolve("classes"), List.of());
        assertTrue(compiled.success(), compiled.errors().substring(0, Math.min(2000, compiled.errors().length())));
        try (Stream<Path> files = Files.walk(compiled.classes())) {
            assertEquals(300 - 1, files.filter(f -> f.getFileName().toString().matches("NewMany\\$Request\\$M\\d+Step\\.class"))
                    .count(), "one step class per mandatory parameter after the entry's");
        }
    }
}
