package dev.exobindings.generator;

import static dev.exobindings.generator.testing.SnapshotBuilder.cmdlet;
import static dev.exobindings.generator.testing.SnapshotBuilder.in;
import static dev.exobindings.generator.testing.SnapshotBuilder.mandatory;
import static dev.exobindings.generator.testing.SnapshotBuilder.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.generator.testing.SnapshotBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parameters named like a method every generated builder inherits (from {@code AbstractCmdletRequest},
 * {@code CmdletRequest} or {@code Object}): their setters are escaped, so the output compiles.
 */
class ReservedMethodNamesTest {
    /** Each would be a setter clashing with an inherited method of the same name. */
    private static final List<String> INHERITED = List.of("Clear", "Set", "SetArray", "SetList", "Self",
            "CmdletName", "Parameters", "Descriptor", "SupportsShouldProcess", "ToJson", "ToString", "HashCode",
            "Equals", "GetClass", "Notify", "NotifyAll", "Wait", "Clone", "Finalize");

    @TempDir
    Path dir;

    @Test
    void parametersNamedLikeInheritedMethodsGenerateSourcesThatCompile() throws Exception {
        SnapshotBuilder.CmdletBuilder setThing = cmdlet("Set-Thing").sets("Identity")
                .param(param("Identity", "String").sets(mandatory("Identity", 0)));
        for (String name : INHERITED) {
            setThing.param(param(name, "String").sets(in("Identity")));
        }
        // a switch and a list too: other setter shapes of the same names
        SnapshotBuilder.CmdletBuilder clearThing = cmdlet("Clear-Thing").sets("Identity")
                .param(param("Identity", "String").sets(mandatory("Identity", 0)))
                .param(param("Clear", "SwitchParameter").sets(in("Identity")))
                .param(param("Set", "String[]").multi().element("String").sets(in("Identity")));
        Path out = dir.resolve("out");
        GenerationReport report = CodeGenerator.builder()
                .snapshot(SnapshotBuilder.snapshot().add(setThing).add(clearThing).build())
                .targetPackage("com.example.reserved").outputDirectory(out).models(false).build().generate();
        assertEquals(2, report.cmdlets());
        String setThingSource = Files.readString(out.resolve("com/example/reserved/SetThing.java"));
        assertTrue(setThingSource.contains(" clear" + dev.exobindings.generator.naming.NamingStrategy.ESCAPE_SUFFIX
                + "("), "Clear is escaped: " + setThingSource);

        InMemoryCompiler.Result compiled = InMemoryCompiler.compile(InMemoryCompiler.javaFiles(out),
                dir.resolve("classes"), List.of());
        assertTrue(compiled.success(), compiled.errors());
    }
}
