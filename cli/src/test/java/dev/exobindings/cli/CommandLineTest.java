package dev.exobindings.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help, usage errors and exit codes common to every subcommand. */
class CommandLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"generate", "diff", "import", "capture", "translate", "simulate"})
    void everySubcommandHasHelpWithAnExample(String command) {
        CliRun run = CliRun.of(command, "--help");
        assertEquals(ExoBindingsCli.OK, run.code());
        assertTrue(run.out().startsWith("Usage: exo-bindings " + command), run.out());
        assertTrue(run.out().contains("Example: exo-bindings " + command), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "diff", "import", "capture", "translate", "simulate"})
    void everySubcommandPrintsTheVersionAsTheToolDoes(String command) {
        String version = CliRun.of("--version").out();
        assertTrue(version.startsWith("exo-bindings "), version);
        CliRun run = CliRun.of(command, "--version");
        assertEquals(ExoBindingsCli.OK, run.code());
        assertEquals(version, run.out(), "-V of " + command + " printed nothing before");
    }

    /** The tool ships a logging provider: SLF4J's "No SLF4J providers were found" lines never reach the user. */
    @Test
    void theLibrariesLogThroughAProviderAtWarnLevel() {
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("dev.exobindings.runtime");
        assertFalse(org.slf4j.LoggerFactory.getILoggerFactory() instanceof org.slf4j.helpers.NOPLoggerFactory,
                "no SLF4J provider on the tool's classpath");
        assertTrue(log.isWarnEnabled());
        assertFalse(log.isInfoEnabled(), "the tool prints its own progress; library INFO lines are not shown");
    }

    @Test
    void topLevelHelpListsTheCommandsAndTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExoBindingsCli.OK, run.code());
        for (String text : new String[] {"generate", "diff", "import", "capture", "translate", "simulate", "0   ok", "1   findings", "2   usage error", "3   failure"}) {
            assertTrue(run.out().contains(text), text + " in " + run.out());
        }
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExoBindingsCli.USAGE, run.code());
        assertTrue(run.err().contains("Missing subcommand"), run.err());
        assertFalse(run.hasStackTrace());
    }

    @Test
    void anUnknownOptionOrCommandIsAUsageErrorWithoutStackTrace() {
        CliRun unknownOption = CliRun.of("diff", "a", "b", "--colour");
        assertEquals(ExoBindingsCli.USAGE, unknownOption.code());
        assertTrue(unknownOption.err().contains("Unknown option: '--colour'"), unknownOption.err());
        CliRun unknownCommand = CliRun.of("regenerate");
        assertEquals(ExoBindingsCli.USAGE, unknownCommand.code());
        assertFalse(unknownCommand.hasStackTrace() || unknownOption.hasStackTrace());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        CliRun run = CliRun.of("generate", "--package", "com.example");
        assertEquals(ExoBindingsCli.USAGE, run.code());
        assertTrue(run.err().contains("Missing required option: '--output=DIR'"), run.err());
    }
}
