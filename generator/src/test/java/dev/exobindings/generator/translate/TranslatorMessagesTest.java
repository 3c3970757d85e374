package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the translator says besides the Java: the nearest names for a misspelling, notes on values it sends as
 * written, and for what only PowerShell can run (pipelines, casts, .NET calls, commands that are no cmdlet of the
 * service) what to write in Java instead; impossible escapes and days are problems, not crashes or other days.
 */
class TranslatorMessagesTest {
    private static final Translator TRANSLATOR = Translator.forSnapshot(Fixtures.all(), Fixtures.PACKAGE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Get-Mailboxx -Identity x => Get-Mailboxx is not a cmdlet of snapshot exchange-online; did you mean"
                + " Get-Mailbox?",
        "get-mailbx => did you mean Get-Mailbox?",
        "Get-Mailbox -Identiti x => Get-Mailbox has no parameter -Identiti in this snapshot; did you mean -Identity?",
        "Set-Mailbox x -ForwardingSmtpAdress a@b.c => did you mean -ForwardingSmtpAddress?",
        "New-ComplianceSearch -Name x => New-ComplianceSearch is not a cmdlet of snapshot exchange-online; it is a"
                + " cmdlet of the bundled snapshot security-compliance: translate against that one",
    })
    void aMisspeltNameGetsTheNearestOneAndACmdletOfTheOtherBundledSnapshotSaysSo(String line, String message) {
        Problem p = ExchangeOnline.TRANSLATOR.translate(line).problem();
        assertTrue(p.message().endsWith(message), p.message());
    }

    @Test
    void anAddOfAValueTheEnumDoesNotListSaysWhatToWriteInstead() {
        Problem p = ExchangeOnline.TRANSLATOR.translate("Set-TransportRule -Identity r1 -IncidentReportContent"
                + " @{Add=\"NoSuchField\"}").problem();
        assertEquals(Problem.Kind.API_GAP, p.kind(), String.valueOf(p));
        assertTrue(p.message().endsWith("-IncidentReportContent: @{Add/Remove} with a value IncidentReportContent"
                + " does not list: the MultiValue overload takes the enum's values only; set the whole list with the"
                + " String... overload instead"), p.message());
    }

    @Test
    void anEnumValueTheSnapshotDoesNotListIsSentAsWrittenWithANoteNamingTheNearestValue() {
        Translation t = ExchangeOnline.TRANSLATOR.translate("Get-Mailbox -RecipientTypeDetails UserMailboxx");
        assertNull(t.problem(), () -> String.valueOf(t.problem()));
        assertEquals("GetMailbox.all().recipientTypeDetails(\"UserMailboxx\")", t.expression());
        assertEquals(1, t.notes().size(), t.notes().toString());
        assertTrue(t.notes().get(0).startsWith("-RecipientTypeDetails: 'UserMailboxx' is not one of the "),
                t.notes().get(0));
        assertTrue(t.notes().get(0).contains("(did you mean UserMailbox?); it is sent as written"), t.notes().get(0));
        // inside a list, each unknown value gets its note; a known value gets none
        Translation list = ExchangeOnline.TRANSLATOR.translate(
                "Get-Mailbox -RecipientTypeDetails SharedMailbox,Zzzzzzzzzzzz");
        assertEquals(1, list.notes().size(), list.notes().toString());
        assertFalse(list.notes().get(0).contains("did you mean"), list.notes().get(0));
        assertEquals(List.of(), ExchangeOnline.TRANSLATOR.translate("Get-Mailbox -RecipientTypeDetails usermailbox")
                .notes());
    }

    @Test
    void aVariableIsNamedAsWrittenAndAnEnvironmentVariableSaysHowJavaReadsIt() {
        Problem env = ExchangeOnline.TRANSLATOR.translate("Get-Mailbox -Identity $env:USERNAME").problem();
        assertEquals(Problem.Kind.NOT_LITERAL, env.kind());
        assertTrue(env.message().startsWith("the variable $env:USERNAME, an environment variable"), env.message());
        assertTrue(env.message().endsWith("read it in Java with System.getenv(\"USERNAME\")"), env.message());
        Problem plain = ExchangeOnline.TRANSLATOR.translate("Get-Mailbox -Identity $MailboxName").problem();
        assertTrue(plain.message().startsWith("the variable $MailboxName"), plain.message());
    }

    @Test
    void aPrefixOfAnAliasNamesItsParameterAsInPowerShell() {
        // Get-MoveRequest -Status has the alias MoveStatus
        Translation t = ExchangeOnline.TRANSLATOR.translate("Get-MoveRequest -MoveStat InProgress");
        assertNull(t.problem(), () -> String.valueOf(t.problem()));
        assertEquals("GetMoveRequest.status(RequestStatus.IN_PROGRESS)", t.expression());
        // a prefix of the name and of its alias is one parameter, not an ambiguity
        assertNull(ExchangeOnline.TRANSLATOR.translate("Get-MoveRequest -Stat InProgress").problem());
        assertTrue(ExchangeOnline.TRANSLATOR.translate("Get-MoveRequest -MoveStatos InProgress").problem().message()
                .endsWith("did you mean -MoveStatus?"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "[System.IO.File]::WriteAllBytes('a.xml', $x) => with a .NET type or cast ([System.IO.File]::…, [string]$x):"
                + " write that step in Java",
        "Get-Mailbox -Identity (Get-User x) => its value is known only when it runs; call it first (in Java) and"
                + " pass its result to the builder",
        "Get-Mailbox -Identity ([string]5) => ([type]…): compute the value in Java and pass it to the builder",
    })
    void aValueOrStepOnlyPowerShellCanComputeSaysToWriteItInJava(String line, String ending) {
        Problem p = ExchangeOnline.TRANSLATOR.translate(line).problem();
        assertEquals(Problem.Kind.NOT_LITERAL, p.kind());
        assertTrue(p.message().endsWith(ending), p.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Get-Mailbox -Identity \"`u{zz}\" => SYNTAX => u{zz}' is not a Unicode escape",
        "Get-Mailbox -Identity \"`u{110000}\" => SYNTAX => u{110000}' is not a Unicode escape",
        "Get-Mailbox -Identity \"`u{}\" => SYNTAX => u{}' is not a Unicode escape",
        "Search-UnifiedAuditLog -StartDate 2026-02-30 -EndDate 2026-03-01 => INVALID_VALUE => no such day",
        "Search-UnifiedAuditLog -StartDate 13/1/2026 -EndDate 2026-03-01 => INVALID_VALUE => no such day",
        "Search-UnifiedAuditLog -StartDate tomorrow -EndDate 2026-03-01 => INVALID_VALUE => not a date this",
    })
    void anImpossibleEscapeOrDayIsAProblemNotACrashOrAnotherDay(String line, Problem.Kind kind, String message) {
        Problem p = ExchangeOnline.TRANSLATOR.translate(line).problem();
        assertEquals(kind, p == null ? null : p.kind(), String.valueOf(p));
        assertTrue(p.message().contains(message), p.message());
        assertEquals("Instant.parse(\"2024-02-29T00:00:00Z\")", ExchangeOnline.TRANSLATOR.translate(
                "Search-UnifiedAuditLog -StartDate 2024-02-29 -EndDate 2024-03-01").expression()
                .replaceAll(".*startDate\\((.*)\\)$", "$1"), "a leap day is a day");
    }

    @Test
    void aPositionalValueNoSetTakesIsNamedAtItsOwnColumn() {
        // Get-Mailbox's first set (Anr) has no positional parameter; the Identity set takes one value
        Problem p = ExchangeOnline.TRANSLATOR.translate("Get-Mailbox vasil extra").problem();
        assertEquals(Problem.Kind.NO_POSITIONAL_PARAMETER, p.kind());
        assertEquals(19, p.column(), p.toString());
    }

    @Test
    void anUnrelatedNameGetsNoSuggestion() {
        assertFalse(ExchangeOnline.TRANSLATOR.translate("Get-Frobnicator").problem().message().contains("did you"));
        assertEquals("Write-Host is not a cmdlet of snapshot exchange-online; an Exchange Server cmdlet has no"
                + " binding, and a PowerShell command such as Write-Host runs on the client: write that step in Java",
                ExchangeOnline.TRANSLATOR.translate("Write-Host \"done\"").problem().message());
        assertFalse(ExchangeOnline.TRANSLATOR.translate("Get-Mailbox -Zq 1").problem().message().contains("did you"));
        assertEquals(List.of("Get-Mailbox", "Set-Mailbox"), NearestNames.to("Xet-Mailbox",
                List.of("Get-Mailbox", "Set-Mailbox", "Get-User")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName -First 5 => exo.stream(request, Row.class)",
        "Get-Mailbox | select * => exo.list(request) gives each row with every property",
        "Get-Mailbox | Select-Object -First 10 => keep the rows you need in Java; -First 10 keeps the first rows on"
                + " the client: .resultSize(ResultSize.of(10)) has the service send only those",
        "Get-Mailbox -Identity x | Select -ExpandProperty EmailAddresses => read that property from each row",
        "Get-Mailbox | Select-Object -Property DisplayName -Last 3 => ($select)",
        "Get-Mailbox | select Display* => ($select)",
        "Get-Mailbox | Select-Object DisplayName | Format-List => ($select)",
        "Get-Mailbox |Where-Object {$_.Name -like 'a*'} => the cmdlet's -Filter",
        "Get-Mailbox | ? Name => the cmdlet's -Filter",
        "Get-Mailbox | % { $_.Name } => loop over the first one's rows",
        "Get-Mailbox | Format-Table => formatting and export run on the client",
        "Get-Mailbox | Export-Csv out.csv => formatting and export run on the client",
        "Get-Mailbox -Identity x | Set-Mailbox -UseDatabaseQuotaDefaults $true => usually -Identity",
        "Get-Mailbox | => usually -Identity",
    })
    void aPipelineSaysHowItsUsualFormIsWrittenWithTheBindings(String line, String hint) {
        Problem p = TRANSLATOR.translate(line).problem();
        assertEquals(Problem.Kind.NOT_LITERAL, p.kind());
        assertEquals(line.indexOf('|') + 1, p.column(), "at the pipe");
        assertTrue(p.message().startsWith("a pipeline: only one command with literal arguments can be translated; "),
                p.message());
        assertTrue(p.message().contains(hint), p.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Search-UnifiedAuditLog -StartDate (Get-Date).AddDays(-7) -EndDate 2026-11-30 => 36 => (Get-Date) is the time"
                + " the script runs, not a literal: pass Instant.now() in Java, e.g."
                + " Instant.now().minus(Duration.ofDays(7)) for (Get-Date).AddDays(-7)",
        "Set-Mailbox -Identity (get-user x) -UseDatabaseQuotaDefaults $true => 24 => the command get-user where a"
                + " literal value is expected: its value is known only when it runs; call it first (in Java) and pass"
                + " its result to the builder",
        "Get-Mailbox -Identity (Foo) => 24 => a command or expression where a literal value is expected: compute the"
                + " value in Java and pass it to the builder",
    })
    void aCommandWhereAValueGoesSaysWhatToWriteInJava(String line, int column, String message) {
        Problem p = ExchangeOnline.TRANSLATOR.translate(line).problem();
        assertEquals(Problem.Kind.NOT_LITERAL, p.kind());
        assertEquals(column, p.column(), "at the command");
        assertEquals(message, p.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "2025-12-31T23:00:00+02:00 => 2025-12-31T21:00:00 => false",
        "2025-12-31T21:00:00Z => 2025-12-31T21:00:00 => false",
        "2025-12-31T21:00:00z => 2025-12-31T21:00:00 => false",
        "2025-12-31T21:00:00 => 2025-12-31T21:00:00 => true",
        "12/31/2025 11:00 PM => 2025-12-31T23:00:00 => true",
    })
    void aDateGetsTheUtcNoteOnlyWhenItIsWrittenWithoutAnOffset(String date, String utc, boolean noted) {
        Translation t = ExchangeOnline.TRANSLATOR.translate("Set-MoveRequest -Identity x -CompleteAfter \"" + date
                + "\"");
        assertNull(t.problem(), () -> String.valueOf(t.problem()));
        assertTrue(t.body().contains("\"CompleteAfter\":\"" + utc + "\""), t.body());
        assertEquals(noted, t.notes().stream().anyMatch(n -> n.contains("without an offset is taken as UTC")),
                t.notes().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Set-Mailbox -Identity x -RecipientLimits 2.5 => -RecipientLimits (Unlimited): 2.5 is not a whole number",
        "Set-Mailbox -Identity x -RecipientLimits .5 => -RecipientLimits (Unlimited): .5 is not a whole number",
        "Get-Mailbox -ResultSize 5.5 => -ResultSize (Unlimited): 5.5 is not a whole number",
        "Set-Mailbox -Identity x -ResourceCapacity 2.5 => -ResourceCapacity (Int32): 2.5 is not a whole number",
        "Set-Mailbox -Identity x -ResourceCapacity 3000000000 => -ResourceCapacity (Int32): out of range for an int",
    })
    void aDecimalForAWholeNumberSaysItIsNotOneAndOnlyABigNumberIsOutOfRange(String line, String message) {
        Problem p = ExchangeOnline.TRANSLATOR.translate(line).problem();
        assertEquals(Problem.Kind.INVALID_VALUE, p.kind(), String.valueOf(p));
        assertEquals(message, p.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Get-Mailbox -ResultSize 1KB => \"ResultSize\":1024",
        "Get-Mailbox -ResultSize 2kb => \"ResultSize\":2048",
        "Get-AdaptiveScopeMembers -Identity x -PageResultSize 1KB => \"PageResultSize\":1024",
        "Set-Mailbox -Identity x -ResourceCapacity 1KB => \"ResourceCapacity\":1024",
        "Set-Mailbox -Identity x -ProhibitSendQuota 49GB => \"ProhibitSendQuota\":\"49GB\"",
    })
    void aNumberWithAMultiplierIsItsValueForACountAndStaysASizeWhereASizeGoes(String line, String sent) {
        Translation t = ExchangeOnline.TRANSLATOR.translate(line);
        assertNull(t.problem(), () -> String.valueOf(t.problem()));
        assertTrue(t.body().contains(sent), t.body());
    }
}
