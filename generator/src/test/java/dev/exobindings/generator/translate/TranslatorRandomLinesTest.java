package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.Snapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines no docs page has: random cmdlets of the bundled snapshot with random parameters and values at the edges
 * (huge and negative numbers, exponents, sizes, time spans, dates, hashtables, lists, nulls, bad quoting, script
 * blocks), one in eight piped to a Select-Object stage. The
 * translator never throws and names a column inside the line; every line it translates compiles against the
 * generated bindings and renders the body it claims. Seeded, so a failure reproduces.
 */
class TranslatorRandomLinesTest {
    private static final long SEED = Long.getLong("translator.random.seed", 20261202L);
    private static final int LINES = 3_000;
    private static final String PACKAGE = "com.example.exo";
    private static final String[] VALUES = {"1", "-1", "0", "0x7fffffff", "0xffffffffffffffffff", "1.5", "1e5",
        "1e-5", "1e999", "1e99999999999", "1kb", "1.5GB", "10PB", "99999999999999999999", "Unlimited", "'unlimited'",
        "$true", "$false", "$null", "'2024-01-01'", "'01/13/2024 10:00 AM'", "'13/01/2024'", "'2024-02-30'",
        "'1.02:03:04'", "'99999999.00:00:00'", "'10675200'", "@{Add='a'}", "@{Remove='a';Add='b'}", "@{Foo='a'}",
        "@{}", "@()", "@(1,2)", "a,b", "'a','b'", "MailboxUsers,MailContacts", "FullAccess", "'Bogus'", "All", "''",
        "\"\"", "'x'", "1l", "1d", "+5", "0x", "'O''Brien'", "\"a`tb\"", "'Grüße'", "-", "'\u202E'",
        "{Name -like 'a*'}", "{ $true }", "{}", "{{}}", "{'}'}", "{\"$x\"}", "{ a # }", "{a} + 1", "@{A={b}}"};
    /** Pipeline stages that pick properties, and some that do not or name none of the model's. */
    private static final String[] SELECTS = {" | select Identity", " | Select-Object -Property Name, 'Guid'",
        " | select DisplayName,Identity,DisplayName", " | select Nope", " | select *", " | Select-Object Name -First 1",
        " |select -p:Identity", " | select Name | Format-List"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void randomLinesNeverThrowAndWhatTranslatesCompilesAndSendsTheClaimedBody() throws Exception {
        Snapshot snapshot = BundledSnapshots.exchangeOnline();
        Translator translator = Translator.forSnapshot(snapshot, PACKAGE);
        Random random = new Random(SEED);
        List<Cmdlet> cmdlets = snapshot.cmdlets();
        Map<String, Translation> translated = new LinkedHashMap<>();
        Map<String, Integer> kinds = new LinkedHashMap<>();
        for (int i = 0; i < LINES; i++) {
            String line = line(cmdlets.get(random.nextInt(cmdlets.size())), random);
            Translation t = translator.translate(line);
            if (t.ok()) {
                translated.putIfAbsent(line, t);
            } else {
                int column = t.problem().column();
                assertTrue(column >= 1 && column <= line.length() + 1, "column " + column + " of: " + line);
            }
            kinds.merge(t.ok() ? "OK" : t.problem().kind().name(), 1, Integer::sum);
        }
        assertTrue(translated.size() > LINES / 10, "too few lines translate to test anything: " + kinds);
        List<String> sources = new ArrayList<>(translated.keySet());
        TranslationHarness.Outcome outcome = TranslationHarness.run(snapshot, PACKAGE,
                new ArrayList<>(translated.values()), dir);
        List<String> wrong = new ArrayList<>();
        outcome.compileErrors().forEach((index, error) -> wrong.add(sources.get(index) + "\n    " + error));
        outcome.bodies().forEach((index, actual) -> {
            String claimed = translated.get(sources.get(index)).body();
            try {
                if (!actual.startsWith("{") || !JSON.readTree(actual).equals(JSON.readTree(claimed))) {
                    wrong.add(sources.get(index) + "\n    Java sends " + actual + "\n    translator claims " + claimed);
                }
            } catch (Exception e) {
                wrong.add(sources.get(index) + "\n    " + e);
            }
        });
        assertEquals("", String.join("\n", wrong), kinds.toString());
        String claim = "`TranslatorRandomLinesTest` — " + String.format(Locale.ROOT, "%,d", LINES).replace(',', ' ')
                + " seeded random lines";
        assertTrue(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8).contains(claim),
                "generator/README.md states: " + claim);
    }

    /**
     * The same random lines with each value first given to a script variable ({@code $v0 = 'x'} … {@code -Name $v0})
     * or, for a line of {@code -Name:value} arguments, splatted from a hashtable ({@code $p = @{Name = 'x'}} …
     * {@code Cmdlet @p}): the translation is the line's
     * own (same expression and body, or the same kind of problem). A value that is not a literal in expression mode
     * (a bare word, a script block) cannot be assigned, so its line is left out. And {@code $r = <line>} keeps the
     * line's call in a Java variable: {@code var r = } and the line's own statement.
     */
    @Test
    void aValueMovedIntoAVariableOrASplatTranslatesAsTheLineItself() {
        Snapshot snapshot = BundledSnapshots.exchangeOnline();
        Translator translator = Translator.forSnapshot(snapshot, PACKAGE);
        Random random = new Random(SEED + 1);
        List<Cmdlet> cmdlets = snapshot.cmdlets();
        int compared = 0;
        int comparedOk = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            Cmdlet cmdlet = cmdlets.get(random.nextInt(cmdlets.size()));
            List<String[]> arguments = arguments(cmdlet, random);
            StringBuilder line = new StringBuilder(cmdlet.name());
            StringBuilder viaVariables = new StringBuilder();
            StringBuilder withVariables = new StringBuilder(cmdlet.name());
            StringBuilder table = new StringBuilder();
            boolean assignable = true;
            boolean splattable = true;
            for (int a = 0; a < arguments.size(); a++) {
                String[] arg = arguments.get(a);
                line.append(" -").append(arg[0]).append(arg[1] == null ? "" : arg[1] + arg[2]);
                // a splat is -Name:value for each key: only a line of such arguments, each name once, means the same
                splattable &= ":".equals(arg[1]) && table.indexOf(arg[0] + " = ") != 0
                        && table.indexOf("; " + arg[0] + " = ") < 0;
                if (arg[1] == null) {
                    withVariables.append(" -").append(arg[0]);
                    continue;
                }
                String assignment = "$v" + a + " = " + arg[2];
                PsParser.Assignment parsed = PsParser.assignment(assignment, new ScriptVariables());
                assignable &= parsed != null && parsed.value() != null;
                viaVariables.append(assignment).append('\n');
                withVariables.append(" -").append(arg[0]).append(arg[1]).append("$v").append(a);
                table.append(table.length() == 0 ? "" : "; ").append(arg[0]).append(" = ").append(arg[2]);
            }
            if (!assignable) {
                continue;
            }
            Translation expected = translator.translate(line.toString());
            List<Translation> script = translator.translateScript(viaVariables + withVariables.toString());
            compare(line + "  ~  " + viaVariables.toString().replace('\n', ';') + withVariables, expected,
                    script.get(script.size() - 1), wrong);
            if (splattable && !arguments.isEmpty()) {
                List<Translation> splat = translator.translateScript("$p = @{" + table + "}\n" + cmdlet.name() + " @p");
                compare(line + "  ~  splat @{" + table + "}", expected, splat.get(splat.size() - 1), wrong);
            }
            Translation kept = translator.translateScript("$r = " + line).get(0);
            if (expected.ok() != kept.ok() || expected.ok() && !("var r = " + expected.statement())
                    .equals(kept.statement())) {
                wrong.add("$r = " + line + "\n    " + (kept.ok() ? kept.statement() : kept.problem()));
            }
            compared++;
            comparedOk += expected.ok() ? 1 : 0;
        }
        assertEquals("", String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))), wrong.size() + " differ");
        assertTrue(compared > LINES / 4 && comparedOk > LINES / 20, compared + " compared, " + comparedOk + " ok");
    }

    private static void compare(String what, Translation expected, Translation actual, List<String> wrong) {
        boolean same = expected.ok()
                ? actual.ok() && expected.expression().equals(actual.expression())
                        && expected.body().equals(actual.body())
                : !actual.ok() && expected.problem().kind() == actual.problem().kind();
        if (!same) {
            wrong.add(what + "\n    line: " + (expected.ok() ? expected.expression() : expected.problem())
                    + "\n    script: " + (actual.ok() ? actual.expression() : actual.problem()));
        }
    }

    /** Up to four parameters of the cmdlet, each {@code {name, separator or null, value}}. */
    private static List<String[]> arguments(Cmdlet cmdlet, Random random) {
        List<String[]> arguments = new ArrayList<>();
        List<Parameter> parameters = cmdlet.parameters();
        int count = parameters.isEmpty() ? 0 : random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Parameter p = parameters.get(random.nextInt(parameters.size()));
            int shape = random.nextInt(6);
            if (shape == 0) {
                arguments.add(new String[] {p.name(), null, null});
            } else {
                String value = p.allowedValues().isEmpty() || random.nextBoolean()
                        ? VALUES[random.nextInt(VALUES.length)]
                        : "'" + p.allowedValues().get(random.nextInt(p.allowedValues().size())) + "'";
                if (p.multiValued() && random.nextBoolean()) {
                    value = random.nextBoolean() ? "'b', 'a', 'c'" : "@('z', 1, 'y')"; // order must survive
                }
                arguments.add(new String[] {p.name(), shape == 1 ? ":" : " ", value});
            }
        }
        return arguments;
    }

    /** The cmdlet with up to four of its parameters, each with a value, a value after ':' or none. */
    private static String line(Cmdlet cmdlet, Random random) {
        StringBuilder sb = new StringBuilder(cmdlet.name());
        List<Parameter> parameters = cmdlet.parameters();
        int count = parameters.isEmpty() ? 0 : random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Parameter p = parameters.get(random.nextInt(parameters.size()));
            sb.append(" -").append(p.name());
            int shape = random.nextInt(6);
            if (shape > 0) {
                String value = p.allowedValues().isEmpty() || random.nextBoolean()
                        ? VALUES[random.nextInt(VALUES.length)]
                        : p.allowedValues().get(random.nextInt(p.allowedValues().size()));
                sb.append(shape == 1 ? ":" : " ").append(value);
            }
        }
        if (random.nextInt(8) == 0) {
            sb.append(SELECTS[random.nextInt(SELECTS.length)]);
        }
        return sb.toString();
    }
}
