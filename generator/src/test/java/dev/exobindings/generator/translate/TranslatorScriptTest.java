package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.Fixtures;
import dev.exobindings.metadata.BundledSnapshots;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole scripts: commands split over lines (continuations, open braces and parentheses, here-strings, comment
 * blocks), and the script's variables — literal values used by later commands, splats, a command's result kept in a
 * Java variable, and every way a script can change a variable, after which its old value is never used.
 */
class TranslatorScriptTest {
    private static final Translator TRANSLATOR = Translator.forSnapshot(Fixtures.all(), Fixtures.PACKAGE);

    @Test
    void aScriptIsTranslatedLineByLineWithContinuationsAndComments() {
        List<Translation> script = TRANSLATOR.translateScript("""
                # mailboxes
                Get-Mailbox -Identity vasil

                Set-Mailbox -Identity vasil `
                    -UseDatabaseQuotaDefaults $false
                Get-Mailbox -Identity $x
                Get-Mailbox -Anr 'a;b'; Get-Mailbox -Identity $y
                """);
        assertEquals(5, script.size());
        assertEquals(List.of(2, 4, 6, 7, 7), script.stream().map(Translation::line).toList());
        assertEquals("GetMailbox.anr(\"a;b\")", script.get(3).expression());
        assertEquals(Problem.Kind.NOT_LITERAL, script.get(4).problem().kind());
        assertEquals(47, script.get(4).problem().column(), "counted from the start of the line");
        assertEquals("exo.invoke(SetMailbox.identity(\"vasil\").useDatabaseQuotaDefaults(false));",
                script.get(1).statement());
        assertEquals(Problem.Kind.NOT_LITERAL, script.get(2).problem().kind());
    }

    @Test
    void aVariableTheScriptGaveALiteralIsUsedWithItsValueAndTheLineItCameFrom() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $user = "vasil@contoso.com"   # the leaver
                $quota = 49GB; $groups = 'Sales', "Marketing"
                Set-Mailbox -Identity $user -ProhibitSendQuota $quota -GrantSendOnBehalfTo $groups
                Set-Mailbox -Identity "$USER" -Office "Quota $quota"
                Set-Mailbox -Identity $user -ProhibitSendQuota $groups
                """);
        assertEquals(3, script.size(), "assignments are not commands");
        Translation first = script.get(0);
        assertEquals("SetMailbox.identity(\"vasil@contoso.com\").prohibitSendQuota(Unlimited.of(ByteSize.ofGigabytes("
                + "49))).grantSendOnBehalfTo(\"Sales\", \"Marketing\")", first.expression());
        assertEquals(List.of("$user is \"vasil@contoso.com\" (assigned at line 1)",
                "$quota is 49GB (assigned at line 2)", "$groups is 'Sales', \"Marketing\" (assigned at line 2)"),
                first.notes());
        assertEquals(ExchangeOnline.TRANSLATOR.translate("Set-Mailbox -Identity vasil@contoso.com -ProhibitSendQuota"
                + " 49GB -GrantSendOnBehalfTo Sales,Marketing").body(), first.body(), "the same body as the literals");
        assertEquals("SetMailbox.identity(\"vasil@contoso.com\").office(\"Quota 52613349376\")",
                script.get(1).expression(), "a whole number expands as PowerShell prints it");
        Problem wrongType = script.get(2).problem();
        assertEquals(Problem.Kind.SEVERAL_VALUES, wrongType.kind(), wrongType.toString());
        assertEquals("Set-Mailbox -Identity $user -ProhibitSendQuota ".length() + 1, wrongType.column(),
                "the problem points at the variable");
    }

    @Test
    void aVariableTheScriptMayHaveChangedIsNotUsed() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $user = 'a'; $mbx = Get-Mailbox -Identity $user
                Set-Mailbox -Identity $mbx -Office x
                foreach ($user in $list) { Set-Mailbox $user -Office x }
                Set-Mailbox -Identity $user -Office x
                $ou = 'b'; Get-Mailbox -Identity $ou -OutVariable ou
                Set-Mailbox -Identity $ou -Office x
                $n = 1; if ($c) { $n += 1 }; $t = 'c'; Set-Variable -Name x -Value 1
                Set-Mailbox -Identity $n -Office x; Set-Mailbox -Identity $t -Office x
                """);
        List<String> problems = script.stream().map(t -> t.ok() ? "ok" : t.problem().kind() + " "
                + t.problem().message()).toList();
        assertEquals("ok", problems.get(0), "a command's result is kept in a Java variable");
        assertEquals("var mbx = exo.invoke(GetMailbox.identity(\"a\"));", script.get(0).statement());
        assertTrue(script.get(0).notes().contains("$mbx keeps the result in the Java variable mbx; the commands that"
                + " use it are written in Java"), script.get(0).notes().toString());
        assertTrue(problems.get(1).contains("the variable $mbx, which holds the result of the command at line 1 (the"
                + " Java variable mbx): write this command in Java"), problems.get(1));
        assertTrue(problems.get(2).contains("'foreach' is a PowerShell statement"), problems.get(2));
        assertTrue(problems.get(3).contains("the variable $user"), "the loop assigned it: " + problems.get(3));
        assertEquals("ok", problems.get(4), "the command itself still reads the old value");
        assertTrue(problems.get(5).contains("the variable $ou"), "-OutVariable assigned it: " + problems.get(5));
        assertTrue(problems.get(6).contains("'if' is a PowerShell statement"), problems.get(6));
        assertTrue(problems.get(7).startsWith("UNKNOWN_CMDLET Set-Variable"), problems.get(7));
        assertTrue(problems.get(8).contains("the variable $n"), "+= in a block: " + problems.get(8));
        assertTrue(problems.get(9).contains("the variable $t"), "Set-Variable forgets all: " + problems.get(9));
        assertEquals(10, script.size());

        List<Translation> more = ExchangeOnline.TRANSLATOR.translateScript("""
                $a = 'x'; $b = 'y'; $c = 'z'
                ${a} = Get-Date; $b, $c = 'p', 'q'
                Get-Mailbox -Identity $a; Get-Mailbox -Identity $b; Get-Mailbox -Identity $c
                """);
        assertEquals(List.of(false, false, false, false, false), more.stream().map(Translation::ok).toList(),
                "${a} = and $b, $c = forget all three: " + more);
    }

    @Test
    void aSplattedHashtableOrListIsItsArgumentsAndDiscardedOutputIsNoted() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $params = @{ Identity = "vasil"; Office = 'Remote'; HiddenFromAddressListsEnabled = $true }
                Set-Mailbox @params -DisplayName "Vasil"
                $who = 'ayla', 'ed'
                Get-Mailbox @who
                $null = Set-Mailbox @params
                Set-Mailbox @params | Out-Null
                Set-Mailbox @nothing
                $null = Set-Mailbox -Identity x -Frobnicate 1
                """);
        assertEquals(ExchangeOnline.TRANSLATOR.translate("Set-Mailbox -Identity vasil -Office Remote"
                + " -HiddenFromAddressListsEnabled:$true -DisplayName Vasil").body(), script.get(0).body());
        assertEquals(List.of("$params is @{ Identity = \"vasil\"; Office = 'Remote'; HiddenFromAddressListsEnabled ="
                + " $true } (assigned at line 1)"), script.get(0).notes());
        assertEquals(Problem.Kind.NO_POSITIONAL_PARAMETER, script.get(1).problem().kind(),
                "a list splats as positional arguments: " + script.get(1).problem());
        assertEquals(script.get(0).body().replace(",\"DisplayName\":\"Vasil\"", ""), script.get(2).body());
        assertEquals(script.get(2).body(), script.get(3).body());
        assertTrue(script.get(2).notes().contains("the output is thrown away ($null = … or | Out-Null): exo.invoke(…)"
                + " returns it, ignore it"), script.get(2).notes().toString());
        assertEquals(script.get(2).notes(), script.get(3).notes());
        assertEquals("$null = Set-Mailbox @params", script.get(2).source());
        Problem unknown = script.get(4).problem();
        assertEquals(Problem.Kind.NOT_LITERAL, unknown.kind());
        assertTrue(unknown.message().startsWith("the splatted variable @nothing"), unknown.message());
        Problem shifted = script.get(5).problem();
        assertEquals(Problem.Kind.UNKNOWN_PARAMETER, shifted.kind());
        assertEquals("$null = Set-Mailbox -Identity x ".length() + 1, shifted.column(), "counted in the whole line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$", "$a", "$a =", "$a ==", "$a = ", "$a = @{", "$a = @(1,", "$a = 'x' 'y'", "$a=1;$a",
        "$a = 'x'\nGet-Mailbox @", "$a = 1\nGet-Mailbox @a", "$a = @{}\nGet-Mailbox @a @a", "$null", "$null =",
        "$null = $null", "$a = \"$a\"", "$a = 'x'\nGet-Mailbox \"$a$a${a}\"", "@a = 1", "$1 = 'x'", "$a += 1",
        "$a = 'x'\n$a = Get-Mailbox\nGet-Mailbox $a", "$a = 'x' | Out-Null", "Get-Mailbox | Out-Null | Out-Null",
        "$a = $b = 'x'\nGet-Mailbox $a"})
    void oddAssignmentsAndSplatsNeverThrowAndNameAColumn(String script) {
        for (Translation t : ExchangeOnline.TRANSLATOR.translateScript(script)) {
            if (!t.ok()) {
                String line = script.split("\n", -1)[t.line() - 1]; // columns count from the start of the line
                assertTrue(t.problem().column() >= 1 && t.problem().column() <= line.length() + 1,
                        t.problem() + " in " + line);
            }
        }
    }

    @Test
    void aCommandsResultGoesIntoAJavaVariableAndAValueThatIsNeitherSaysWhy() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $class = Get-Mailbox -Identity vasil
                $n = 1 + 2
                $bad = Get-Mailbox -Identiti vasil
                Get-Mailbox -Identity $bad
                """);
        assertEquals("var classResult = exo.invoke(GetMailbox.identity(\"vasil\"));", script.get(0).statement());
        Problem expression = script.get(1).problem();
        assertTrue(expression.message().startsWith("$n is not given a literal value (an operator expression: "),
                expression.message());
        Problem inner = script.get(2).problem();
        assertEquals(Problem.Kind.UNKNOWN_PARAMETER, inner.kind());
        assertEquals("$bad = Get-Mailbox ".length() + 1, inner.column(), "the command's own problem, in the line");
        assertTrue(script.get(3).problem().message().endsWith("which the script has not given a literal value"
                + " before this line"), script.get(3).problem().message());
    }

    @Test
    void aParenthesisOpenAtTheEndOfALineContinuesTheCommandAsInPowerShell() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                param(
                    [string]$User = "vasil",
                    [int]$Days = 30
                )
                Get-Mailbox -Identity (
                    'ayla'
                )
                Set-Mailbox -Identity $User -Office x
                """);
        assertEquals(3, script.size(), script.toString());
        assertEquals(List.of(1, 5, 8), script.stream().map(Translation::line).toList());
        assertTrue(script.get(0).problem().message().startsWith("'param' declares the script's parameters"),
                script.get(0).problem().message());
        assertEquals("GetMailbox.identity(\"ayla\")", script.get(1).expression());
        assertTrue(script.get(2).problem().message().contains("the variable $User"), "a parameter's default is"
                + " only a default: " + script.get(2).problem().message());
    }

    @Test
    void aVariableInsideADoubleQuotedStringExpandsAsPowerShellPrintsIt() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $on = $true; $size = 0x10; $none = $null; $list = 'a', 'b'; $half = 1.5
                Set-Mailbox -Identity x -Office "$on/$size/$none/"
                Set-Mailbox -Identity x -Office "$list"
                Set-Mailbox -Identity x -Office "$half"
                """);
        assertEquals("SetMailbox.identity(\"x\").office(\"True/16//\")", script.get(0).expression());
        assertEquals(Problem.Kind.NOT_LITERAL, script.get(1).problem().kind(), "a list's text depends on $OFS");
        assertEquals(Problem.Kind.NOT_LITERAL, script.get(2).problem().kind(), "a fraction's text depends on culture");
    }

    @Test
    void aSingleLineHasNoVariables() {
        Problem p = ExchangeOnline.TRANSLATOR.translate("Set-Mailbox -Identity $user").problem();
        assertEquals("the variable $user", p.message());
        assertEquals(Problem.Kind.NOT_LITERAL, ExchangeOnline.TRANSLATOR.translate("$user = 'a'").problem().kind());
    }

    @Test
    void aScriptBlockOrHashtableOverSeveralLinesIsOneCommandKeepingItsLineBreaks() {
        List<Translation> script = TRANSLATOR.translateScript("""
                Get-Mailbox -Filter {
                    Name -like 'a*' -and # don't stop here
                    Enabled -eq $true # '}' in a comment closes nothing
                }
                Set-Mailbox vasil -EmailAddresses @{
                    Add = 'a@contoso.com'
                    Remove = 'b@contoso.com'
                } -UseDatabaseQuotaDefaults $false
                Get-Mailbox -Filter {
                    Name -eq $who
                }
                Get-Mailbox -Identity vasil
                """);
        assertEquals(List.of(1, 5, 9, 12), script.stream().map(Translation::line).toList());
        assertEquals("GetMailbox.all().filter(\"\\n    Name -like 'a*' -and # don't stop here\\n    Enabled -eq $true "
                + "# '}' in a comment closes nothing\\n\")", script.get(0).expression());
        assertTrue(script.get(0).body().contains("\"Filter\":\"\\n    Name -like 'a*' -and # don't stop here\\n    "
                + "Enabled -eq 'True'"),
                script.get(0).body());
        assertEquals("SetMailbox.identity(\"vasil\").emailAddresses(MultiValue.add(\"a@contoso.com\")"
                + ".andRemove(\"b@contoso.com\")).useDatabaseQuotaDefaults(false)", script.get(1).expression());
        assertEquals(Problem.Kind.NOT_LITERAL, script.get(2).problem().kind(), "the variable, once");
        assertTrue(script.get(2).problem().message().startsWith("the variable $who inside a script block"),
                script.get(2).problem().message());
        assertEquals("GetMailbox.identity(\"vasil\")", script.get(3).expression(), "read at its own line");
    }

    @Test
    void commentBlocksAreSkippedAndAHereStringIsPartOfItsCommandNotACommandOfItsOwn() {
        List<Translation> script = TRANSLATOR.translateScript("""
                <#
                .SYNOPSIS
                Get-Mailbox -Identity inside-the-comment
                #>
                Set-Mailbox -Identity vasil -CustomAttribute1 @"
                Get-Mailbox -Identity inside-the-here-string
                "@
                <# one line #>
                Get-Mailbox -Identity after
                <# before a command #> Get-Mailbox -Identty same-line
                <# a block
                #>Get-Mailbox -Identity closing-line
                <# never closed
                Get-Mailbox -Identity never
                """);
        assertEquals(List.of(5, 9, 10, 12), script.stream().map(Translation::line).toList());
        assertEquals(36, script.get(2).problem().column(), "-Identty, counted from the start of its line");
        assertEquals("GetMailbox.identity(\"closing-line\")", script.get(3).expression());
        // the fixture's Set-Mailbox has no -CustomAttribute1: the here-string was read as part of the command
        assertEquals(Problem.Kind.UNKNOWN_PARAMETER, script.get(0).problem().kind());
        assertEquals("GetMailbox.identity(\"after\")", script.get(1).expression());
    }

    @Test
    void aBracketNeverClosedIsAFindingOfItsLineAndTheLinesAfterItAreStillCommands() {
        // the docs' own typo: the quote closes after the ')'
        List<Translation> script = TRANSLATOR.translateScript("""
                Get-Mailbox -Identity ('a.docx)'
                Get-Mailbox -Identity next
                Get-Mailbox -Identity last
                """);
        assertEquals(List.of(1, 2, 3), script.stream().map(Translation::line).toList());
        assertEquals(Problem.Kind.SYNTAX, script.get(0).problem().kind(), script.get(0).problem().toString());
        assertEquals("GetMailbox.identity(\"next\")", script.get(1).expression());
        assertEquals("GetMailbox.identity(\"last\")", script.get(2).expression());
    }

    @Test
    void aHereStringIsTheTextOfItsLinesVerbatimOrExpandedAndItsClosingLineGoesOn() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $json = @"
                [{ 'EmailAddress': 'a@contoso.com'; # neither a statement end nor a comment
                   'Note': "don't" }]
                "@
                Set-Mailbox -Identity vasil -CustomAttribute1 $json
                $name = "Ann"
                Set-Mailbox -Identity vasil -CustomAttribute2 @'
                it's $name, `t verbatim
                '@ -Office "B"
                Set-Mailbox -Identity vasil -CustomAttribute3 @"
                Hi $name`tthere "quoted"

                "@
                Set-Mailbox -Identity vasil -CustomAttribute4 @"
                "@
                Set-Mailbox -Identity vasil -CustomAttribute5 @" text on the opening line
                "@
                Set-Mailbox -Identity vasil -CustomAttribute6 @"
                never closed
                """);
        // line 16 opens no here-string (text follows @"), so its "@ on line 17 is a finding of its own
        assertEquals(List.of(5, 7, 10, 14, 16, 17, 18), script.stream().map(Translation::line).toList());
        assertEquals("SetMailbox.identity(\"vasil\").customAttribute1(\"[{ 'EmailAddress': 'a@contoso.com'; # neither"
                + " a statement end nor a comment\\n   'Note': \\\"don't\\\" }]\")", script.get(0).expression(),
                String.valueOf(script.get(0).problem()));
        assertEquals(List.of("$json is a here-string of 2 line(s) (assigned at line 1)"), script.get(0).notes());
        assertEquals("SetMailbox.identity(\"vasil\").customAttribute2(\"it's $name, `t verbatim\").office(\"B\")",
                script.get(1).expression(), "@' keeps $ and backticks; the closing line goes on with -Office");
        assertEquals("SetMailbox.identity(\"vasil\").customAttribute3(\"Hi Ann\\tthere \\\"quoted\\\"\\n\")",
                script.get(2).expression(), "@\" expands the script's variables and backtick escapes; a blank last"
                        + " line is a line break");
        assertEquals("SetMailbox.identity(\"vasil\").customAttribute4(\"\")", script.get(3).expression());
        assertEquals(Problem.Kind.SYNTAX, script.get(4).problem().kind());
        assertTrue(script.get(4).problem().message().startsWith("a here-string's text starts on the line after"),
                script.get(4).problem().message());
        assertEquals(Problem.Kind.SYNTAX, script.get(6).problem().kind());
        assertEquals(47, script.get(6).problem().column());
        assertTrue(script.get(6).problem().message().endsWith("end it with a line that starts with \"@"),
                script.get(6).problem().message());
    }

    @Test
    void aScriptSavedAsUtf8WithBomAndCrLfTranslatesItsFirstLine() {
        List<Translation> script = TRANSLATOR.translateScript("\uFEFFGet-Mailbox -Identity vasil\r\n"
                + "Set-Mailbox -Identity vasil `\r\n  -UseDatabaseQuotaDefaults $false\r\n");
        assertEquals(2, script.size());
        assertEquals("GetMailbox.identity(\"vasil\")", script.get(0).expression(), String.valueOf(script.get(0).problem()));
        assertEquals(1, script.get(0).line());
        assertEquals("exo.invoke(SetMailbox.identity(\"vasil\").useDatabaseQuotaDefaults(false));",
                script.get(1).statement());
    }
    @Test
    void aLoneCarriageReturnEndsALineAsCrlfAndLfDoAsInPowerShell() {
        List<Translation> cr = TRANSLATOR.translateScript("Get-Mailbox -Identity x\rGet-Mailbox -Identity y\r");
        assertEquals(List.of("GetMailbox.identity(\"x\")", "GetMailbox.identity(\"y\")"),
                cr.stream().map(Translation::expression).toList(), () -> cr.toString());
        assertEquals(List.of(1, 2), cr.stream().map(Translation::line).toList());

        List<Translation> mixed = TRANSLATOR.translateScript(
                "Get-Mailbox -Identity a\r\n# note\rGet-Mailbox -Identity b\n\rGet-Mailbox -Identity $c\r\n");
        assertEquals(List.of(1, 3, 5), mixed.stream().map(Translation::line).toList(), () -> mixed.toString());
        assertEquals(Problem.Kind.NOT_LITERAL, mixed.get(2).problem().kind());
        assertEquals(23, mixed.get(2).problem().column());
    }

    @Test
    void aResultVariableIsNeverAClassNameTheCodeUsesNorTheClientAndTheScriptCompiles(@TempDir Path dir)
            throws Exception {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $Mailbox = Get-Mailbox -Identity a
                Get-Mailbox -Identity b | Select-Object DisplayName
                $SetMailbox = Set-Mailbox -Identity a -DisplayName x
                $GetMailbox = Get-Mailbox -Identity a
                $exo = Get-Mailbox -Identity c
                $Exo = Get-Mailbox -Identity d
                $MBX = Get-Mailbox -Identity e
                $class = Get-Mailbox -Identity f
                """);
        script.forEach(t -> assertTrue(t.ok(), () -> t.source() + ": " + t.problem()));
        assertEquals(List.of(
                "var mailbox = exo.invoke(GetMailbox.identity(\"a\"));",
                "exo.invoke(GetMailbox.identity(\"b\").select(Mailbox.DISPLAY_NAME));",
                "var setMailbox = exo.invoke(SetMailbox.identity(\"a\").displayName(\"x\"));",
                "var getMailbox = exo.invoke(GetMailbox.identity(\"a\"));",
                "var exoResult = exo.invoke(GetMailbox.identity(\"c\"));",
                "exoResult = exo.invoke(GetMailbox.identity(\"d\"));",
                "var mbx = exo.invoke(GetMailbox.identity(\"e\"));",
                "var classResult = exo.invoke(GetMailbox.identity(\"f\"));"),
                script.stream().map(Translation::statement).toList());
        assertTrue(script.get(0).notes().get(script.get(0).notes().size() - 1).contains("lower camel case"),
                script.get(0).notes().toString());
        assertEquals(List.of(), TranslationHarness.compileScript(BundledSnapshots.exchangeOnline(), Fixtures.PACKAGE,
                script, dir));
    }

    @Test
    void assigningAVariableAgainAssignsItsJavaVariableOrDeclaresANewOneAndTheScriptCompiles(@TempDir Path dir)
            throws Exception {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $mbx = Get-Mailbox -Identity a
                $mbx = Get-Mailbox -Identity b
                $MBX = Get-User -Identity c
                $Mbx = Set-Mailbox -Identity a -DisplayName x -WhatIf
                $mbx = "literal"
                $mbx = Set-Mailbox -Identity a -DisplayName y -WhatIf
                $mbx2 = Get-Mailbox -Identity g
                """);
        script.forEach(t -> assertTrue(t.ok(), () -> t.source() + ": " + t.problem()));
        assertEquals(List.of(
                "var mbx = exo.invoke(GetMailbox.identity(\"a\"));",
                "mbx = exo.invoke(GetMailbox.identity(\"b\"));",
                "mbx = exo.invoke(GetUser.identity(\"c\"));",
                "var mbx2 = exo.whatIf(SetMailbox.identity(\"a\").displayName(\"x\"));",
                "mbx2 = exo.whatIf(SetMailbox.identity(\"a\").displayName(\"y\"));",
                "var mbx22 = exo.invoke(GetMailbox.identity(\"g\"));"),
                script.stream().map(Translation::statement).toList());
        assertTrue(script.get(3).notes().stream().anyMatch(n -> n.contains("the new Java variable mbx2 (mbx holds")),
                script.get(3).notes().toString());
        assertEquals(List.of(), TranslationHarness.compileScript(BundledSnapshots.exchangeOnline(), Fixtures.PACKAGE,
                script, dir));
    }

    @Test
    void aLineEndingInAPipeContinuesOnTheNextLineAsInPowerShell() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                Get-Mailbox -ResultSize Unlimited |
                  Select-Object DisplayName
                Get-Mailbox -Identity a |

                  # the columns
                  Select-Object Nope
                Get-Mailbox -Identity b
                """);
        assertEquals(3, script.size(), script.toString());
        assertEquals(List.of(1, 3, 7), script.stream().map(Translation::line).toList());
        assertEquals("GetMailbox.all().resultSize(ResultSize.unlimited()).select(Mailbox.DISPLAY_NAME)",
                script.get(0).expression());
        assertEquals("Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName", script.get(0).source());
        Problem nope = script.get(1).problem();
        assertEquals(Problem.Kind.INVALID_VALUE, nope.kind());
        assertEquals("Get-Mailbox -Identity a | Select-Object Nope".indexOf("Nope") + 1, nope.column(),
                "counted through the command as read, its lines joined with one space");
        assertEquals("exo.invoke(GetMailbox.identity(\"b\"));", script.get(2).statement());
    }

    @Test
    void assignmentsTheTranslatorDoesNotFollowAndTheCallOperatorSayWhatTheyAreAndTheFix() {
        List<Translation> script = ExchangeOnline.TRANSLATOR.translateScript("""
                $x += "b"
                ${my var} = "a"
                $global:g = "a"
                & Set-Mailbox -Identity a
                $i++
                Set-Mailbox -Identity a -Office ("a" + "b")
                Set-Mailbox -Identity a -Office $(Get-Date)
                """);
        List<String> messages = script.stream().map(t -> t.problem().message()).toList();
        assertTrue(messages.get(0).startsWith("the assignment $x += … changes $x when the script runs"),
                messages.get(0));
        assertTrue(messages.get(1).startsWith("an assignment to ${my var}, whose name needs braces")
                && messages.get(1).endsWith("rename it, e.g. $myvar"), messages.get(1));
        assertTrue(messages.get(2).startsWith("an assignment to the scoped variable $global:g")
                && messages.get(2).endsWith("drop the scope ($g = …)"), messages.get(2));
        assertTrue(messages.get(3).startsWith("the call operator & runs a command"), messages.get(3));
        assertTrue(messages.get(4).startsWith("the assignment $i++ changes $i"), messages.get(4));
        assertTrue(messages.get(5).startsWith("an operator expression: "), messages.get(5));
        assertTrue(messages.get(6).startsWith("a sub-expression $(…): "), messages.get(6));
        messages.forEach(m -> assertTrue(m.contains("; ") || m.contains(": "), m));
        messages.forEach(m -> assertTrue(!m.contains("does not start with a cmdlet name"), m));
        messages.subList(5, 7).forEach(m -> assertTrue(m.endsWith("put the literal value it gives in the line, or"
                + " compute it in Java and pass it to the builder"), m));
    }
}
