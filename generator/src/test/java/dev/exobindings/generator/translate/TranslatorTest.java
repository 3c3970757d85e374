package dev.exobindings.generator.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.exobindings.generator.CodeGenerator;
import dev.exobindings.generator.testing.Fixtures;
import dev.exobindings.generator.testing.GeneratedFixture;
import dev.exobindings.generator.testing.InMemoryCompiler;
import dev.exobindings.metadata.BundledSnapshots;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The translator over the fixture snapshot: literals, binding (positional, aliases, prefixes, switches, sets),
 * problems with their column, and — for every line that translates — the Java compiled against the generated
 * fixture sends exactly the body the translator computed from the PowerShell arguments.
 */
class TranslatorTest {
    private static final Translator TRANSLATOR = Translator.forSnapshot(Fixtures.all(), Fixtures.PACKAGE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Lines that translate, with the Java expected; their bodies are checked by compiling the Java. */
    private static final String[][] TRANSLATED = {
        {"Set-Lists -Names 'it''s', \"a`tb\", \"say \"\"hi\"\"\", ‘typographic’",
            "SetLists.create().names(\"it's\", \"a\\tb\", \"say \\\"hi\\\"\", \"typographic\")"},
        {"Set-Scalars -Enabled $true -Count 0x10 -Big 5GB -Ratio 1.5 -Small 7",
            "SetScalars.create().enabled(true).count(16).big(5368709120L).ratio(1.5).small(7L)"},
        {"Set-Scalars -Start \"5/1/2018 5:00 PM\" -End 2018-05-02T10:15:30+02:00 -Age 1.02:03:04 -Timeout 00:30:00",
            "SetScalars.create().start(Instant.parse(\"2018-05-01T17:00:00Z\"))"
                + ".end(Instant.parse(\"2018-05-02T08:15:30Z\")).age(Duration.ofSeconds(93784)).timeout("
                + "Duration.ofMinutes(30))"},
        {"Set-Scalars -Quota Unlimited -Size \"512 MB\" -Id '{8f3e5c4a-1b2c-4d5e-8f90-123456789abc}'",
            "SetScalars.create().quota(Unlimited.unlimited()).size(ByteSize.ofMegabytes(512))"
                + ".id(UUID.fromString(\"8f3e5c4a-1b2c-4d5e-8f90-123456789abc\"))"},
        {"Set-Scalars -Quota 49GB -Age 30", "SetScalars.create().quota(Unlimited.of(ByteSize.ofGigabytes(49)))"
            + ".age(Duration.ofDays(30))"},
        {"Set-Lists -Names @(\"a\"; 'b') -Numbers 1,2, 3 -Ports (25, 587)",
            "SetLists.create().names(\"a\", \"b\").numbers(1, 2, 3).ports(25, 587)"},
        {"Set-Mailbox vasil -EmailAddresses @{Add=\"smtp:a@contoso.com\"; remove='b@contoso.com'}",
            "SetMailbox.identity(\"vasil\").emailAddresses(MultiValue.add(\"smtp:a@contoso.com\")"
                + ".andRemove(\"b@contoso.com\"))"},
        {"Set-Tables -Properties @{Key=\"v\"; N=2; On=$true; Inner=@{X='y'}} -Rows @{A=1},@{B=2}",
            "SetTables.create().properties(OrderedMap.ofEntries(Map.entry(\"Key\", \"v\"), Map.entry(\"N\", 2), "
                + "Map.entry(\"On\", true), Map.entry(\"Inner\", Map.of(\"X\", \"y\")))).rows(List.of(Map.of(\"A\", 1), "
                + "Map.of(\"B\", 2)))"},
        {"Set-Tables -Properties @{z=1,2; b=$true; c=1.5; a=@{y='1'; x=2; w=@{v=3; u=4}}; k1=1; k2=2; k3=3; k4=4; "
            + "k5=5; k6=6; k7=7; k8=8}", null},
        {"New-Resource -Name Conf1 -Room", "NewResource.room().name(\"Conf1\")"},
        {"New-Resource Van -Equipment -Alias van1 -Confirm:$false",
            "NewResource.equipment().name(\"Van\").alias(\"van1\")"},
        {"Get-Mailbox vasil -Archive:$false", "GetMailbox.identity(\"vasil\").archive(false)"},
        {"Set-Scalars -Quota 01:30:00", "SetScalars.create().quota(Unlimited.of(Duration.ofMinutes(90)))"},
        {"Set-Mailbox x -RetainDeletedItemsFor $null", "SetMailbox.identity(\"x\").clearRetainDeletedItemsFor()"},
        {"Get-Mailbox x -ErrorAction Stop -Verb", "GetMailbox.identity(\"x\")"},
        {"Remove-Thing x -Confirm", "RemoveThing.identity(\"x\")"},
        {"Remove-Thing x -WhatIf:$true", "RemoveThing.identity(\"x\")"},
        {"Set-Flags f -IncludedRecipients \"MailboxUsers,MailContacts\" -SharingPermissionFlags Delegate,canviewprivateitems",
            "SetFlags.identity(\"f\").includedRecipients(WellKnownRecipientType.MAILBOX_USERS, "
                + "WellKnownRecipientType.MAIL_CONTACTS).sharingPermissionFlags(MailboxFolderPermissionFlags.DELEGATE, "
                + "MailboxFolderPermissionFlags.CAN_VIEW_PRIVATE_ITEMS)"},
        {"Set-Flags f -SharingPermissionFlags Delegate,Later -Foo $null",
            "SetFlags.identity(\"f\").sharingPermissionFlags(\"Delegate,Later\").clearFoo2()"},
        {"Get-Mailbox -Identity vasil -Archive", "GetMailbox.identity(\"vasil\").archive()"},
        {"Set-Scalars -On:$true -Coun 3", "SetScalars.create().enabled(true).count(3)"},
        {"Get-Mailbox -RecipientTypeDetails usermailbox,SharedMailbox -ResultSize 100",
            "GetMailbox.all().recipientTypeDetails(RecipientTypeDetails.USER_MAILBOX, "
                + "RecipientTypeDetails.SHARED_MAILBOX).resultSize(ResultSize.of(100))"},
        {"Get-Mailbox -RecipientTypeDetails UserMailbox,LinkedMailbox",
            "GetMailbox.all().recipientTypeDetails(\"UserMailbox\", \"LinkedMailbox\")"},
        {"Get-Mailbox -Filter 'Enabled -eq $true' # a comment", "GetMailbox.all().filter(\"Enabled -eq $true\")"},
        {"Get-Mailbox -Anr Ma", "GetMailbox.anr(\"Ma\")"},
        {"Get-Mailbox -ResultSize 10 | Select-Object -Property DisplayName, 'primarysmtpaddress',DisplayName # cols",
            "GetMailbox.all().resultSize(ResultSize.of(10)).select(Mailbox.DISPLAY_NAME, Mailbox.PRIMARY_SMTP_ADDRESS)"},
        {"Get-Mailbox -Filter { Name -like \"a*\" -and Note -ne '}' -and Enabled -eq $true }",
            "GetMailbox.all().filter(\" Name -like \\\"a*\\\" -and Note -ne '}' -and Enabled -eq $true \")"},
        {"Set-Scalars -Start 06-01-2020 -End 2022/11", "SetScalars.create().start(Instant.parse("
            + "\"2020-06-01T00:00:00Z\")).end(Instant.parse(\"2022-11-01T00:00:00Z\"))"},
        {"Set-OddEnum -Mode 'hello world' -Level High", "SetOddEnum.create().mode(OddMode.HELLO_WORLD)"
            + ".level(SetOddEnumLevel.HIGH)"},
        {"Set-Mailbox -Identity x -IssueWarningQuota 1024 -RetainDeletedItemsFor 14.00:00:00 "
            + "-UseDatabaseQuotaDefaults 0", "SetMailbox.identity(\"x\").issueWarningQuota(Unlimited.of(1024))"
            + ".retainDeletedItemsFor(Duration.ofDays(14)).useDatabaseQuotaDefaults(false)"},
    };

    @Test
    void translatesLiteralsBindingAndSetsAsTheGeneratedApiIsWritten() {
        for (String[] c : TRANSLATED) {
            Translation t = TRANSLATOR.translate(c[0]);
            assertTrue(t.ok(), c[0] + " → " + t.problem());
            if (c[1] != null) {
                assertEquals(c[1], t.expression(), c[0]);
            }
        }
    }

    @Test
    void theCompiledJavaSendsExactlyTheBodyThePowerShellLineImplies() throws Exception {
        List<Translation> ok = new ArrayList<>();
        for (String[] c : TRANSLATED) {
            ok.add(TRANSLATOR.translate(c[0]));
        }
        StringBuilder src = new StringBuilder("package snippet;\n");
        ok.stream().flatMap(t -> t.imports().stream()).distinct().sorted()
                .forEach(i -> src.append("import ").append(i).append(";\n"));
        src.append("public final class Lines {\n");
        for (int i = 0; i < ok.size(); i++) {
            src.append("    public static String l").append(i).append("() { return ").append(ok.get(i).expression())
                    .append(JsonCalls.of(ok.get(i))).append("; }\n");
        }
        src.append("}\n");
        GeneratedFixture fixture = GeneratedFixture.get();
        InMemoryCompiler.Result result = fixture.compileSnippet("Lines", src.toString());
        assertTrue(result.success(), result.errors() + "\n" + src);
        assertEquals(List.of(), result.diagnostics(), "the translated Java compiles without any warning");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {result.classes().toUri().toURL(),
                fixture.compiled.classes().toUri().toURL()}, getClass().getClassLoader())) {
            Class<?> lines = loader.loadClass("snippet.Lines");
            for (int i = 0; i < ok.size(); i++) {
                String sent = (String) lines.getMethod("l" + i).invoke(null);
                // byte for byte: the parameters in the order the printed calls set them, a hashtable's keys in the
                // order the line writes them (an OrderedMap, not Map.of, whose order is not fixed)
                assertEquals(ok.get(i).body(), sent, ok.get(i).source());
            }
        }
    }

    @Test
    void theBodyIsComputedFromThePowerShellValues() {
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Mailbox\",\"Parameters\":{\"Identity\":\"vasil\","
                + "\"EmailAddresses\":{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"a@b.c\"],"
                + "\"Remove\":[\"d@e.f\"]},\"IssueWarningQuota\":\"49GB\",\"RetainDeletedItemsFor\":\"1.02:03:04.5000000\","
                + "\"Confirm\":false}}}", TRANSLATOR.translate("Set-Mailbox vasil -EmailAddresses @{Add='a@b.c';"
                + "Remove='d@e.f'} -IssueWarningQuota '49 GB' -RetainDeletedItemsFor 1.02:03:04.5").body());
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{\"Filter\":"
                + "\"Enabled -eq 'True' -and Archived -eq 'False'\"}}}",
                TRANSLATOR.translate("Get-Mailbox -Filter 'Enabled -eq $true -and Archived -eq $false'").body());
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Tables\",\"Parameters\":{\"Rows\":[{\"@odata.type\":"
                + "\"#Exchange.GenericHashTable\",\"A\":1}],\"Rows@odata.type\":"
                + "\"#Collection(Exchange.GenericHashTable)\"}}}",
                TRANSLATOR.translate("Set-Tables -Rows @(@{A=1})").body());
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{\"Filter\":"
                + "\"Enabled -eq 'True'\"}}}", TRANSLATOR.translate("Get-Mailbox -Filter {Enabled -eq $true}").body(),
                "a script block is sent as its text, rewritten like any filter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "Get-Mailbox -Identity $name => NOT_LITERAL => 23",
        "Get-Mailbox | Set-Mailbox -UseDatabaseQuotaDefaults $true => NOT_LITERAL => 13",
        "Get-Mailbox -Identity (Get-User x) => NOT_LITERAL => 24",
        "Get-Mailbox -Identity \"$($x.Name)\" => NOT_LITERAL => 24",
        "Set-Scalars -Count ([int]5) => NOT_LITERAL => 21",
        "Get-Mailbox -Identity 'open => SYNTAX => 23",
        "Get-Mailbox -Identity => SYNTAX => 13",
        "Get-Mailbox -Frobnicate x => UNKNOWN_PARAMETER => 13",
        "Set-Scalars -S 1 => AMBIGUOUS_PARAMETER => 13",
        "Get-Mailbox -Identity a -Identity b => AMBIGUOUS_PARAMETER => 25",
        "Get-Mailbox a b => NO_POSITIONAL_PARAMETER => 15",
        "Get-Mailbox -Anr x -MailboxPlan y => NO_COMMON_SET => 13",
        "Set-Mailbox -UseDatabaseQuotaDefaults $true => MISSING_MANDATORY => 1",
        "Set-Scalars -Count many => INVALID_VALUE => 20",
        "Set-Scalars -Count 3000000000 => INVALID_VALUE => 20",
        "Set-Scalars -Enabled yes => INVALID_VALUE => 22",
        "Set-Scalars -Start tomorrow => INVALID_VALUE => 20",
        "Get-Mailbox x -WhatIf => UNKNOWN_PARAMETER => 15",
        "Remove-Thing x -Confirm $true => NO_POSITIONAL_PARAMETER => 25",
        "Remove-Thing x -WhatIf:yes => INVALID_VALUE => 16",
        "Get-Nothing -Identity x => UNKNOWN_CMDLET => 1",
        "Set-Lists -Names a,,b => SYNTAX => 20",
        "Set-OddEnum -Mode UserMailbox,Extra => SEVERAL_VALUES => 19",
        "Set-Mailbox x -SomeSwitchThatDoesNotExist $null => UNKNOWN_PARAMETER => 15",
        "Get-EXOMailbox -Identity x => CLIENT_SIDE_CMDLET => 1",
        "Get-Mailbox -Filter {Name -eq $name} => NOT_LITERAL => 31",
        "Get-Mailbox -Filter {Name -eq \"$($x.Name)\"} => NOT_LITERAL => 32",
        "Get-Mailbox -Filter {Name -eq 'x' => SYNTAX => 21",
        "Set-Scalars -Count {5} => INVALID_VALUE => 20",
    })
    void reportsWhyItCannotTranslateWithTheColumn(String line, Problem.Kind kind, int column) {
        Translation t = TRANSLATOR.translate(line);
        assertNull(t.expression(), line);
        assertEquals(kind, t.problem().kind(), t.problem().toString());
        assertEquals(column, t.problem().column(), t.problem().toString());
    }

    @Test
    void aTextLongerThanAJavaStringConstantIsReportedNotPrintedAsJavaThatDoesNotCompile() {
        String fits = "x".repeat(ValueConverter.MAX_JAVA_CONSTANT_BYTES);
        assertNotNull(TRANSLATOR.translate("Get-Mailbox -Identity '" + fits + "'").expression());
        // "é" is two bytes in a class file: half as many characters already do not fit
        String tooLong = "\u00e9".repeat(ValueConverter.MAX_JAVA_CONSTANT_BYTES / 2 + 1);
        Translation t = TRANSLATOR.translate("Get-Mailbox -Identity '" + tooLong + "'");
        assertNull(t.expression());
        assertEquals(Problem.Kind.API_GAP, t.problem().kind(), t.problem().toString());
        assertEquals(23, t.problem().column(), t.problem().toString());
        assertTrue(t.problem().message().contains("65536 bytes is longer than a Java string constant can be (65535 "
                + "bytes)"), t.problem().message());
    }

    @Test
    void selectObjectOfModelPropertiesIsSelectOnTheTypedRequestAndTheBodyIsUnchanged() {
        Translation t = TRANSLATOR.translate("Get-Mailbox -Identity vasil | select Alias,DisplayName");
        assertEquals("GetMailbox.identity(\"vasil\").select(Mailbox.ALIAS, Mailbox.DISPLAY_NAME)", t.expression());
        assertEquals("exo.invoke(" + t.expression() + ");", t.statement());
        assertTrue(t.imports().contains(Fixtures.PACKAGE + ".model.Mailbox"), t.imports().toString());
        assertEquals(TRANSLATOR.translate("Get-Mailbox -Identity vasil").body(), t.body(), "$select is in the URL");
        assertTrue(t.notes().contains("Select-Object: the runtime asks for $select=Alias,DisplayName in the URL, not "
                + "in the body, and the rows hold only those properties (exo.list(request) gives them as Mailbox)"),
                t.notes().toString());

        Problem unknown = TRANSLATOR.translate("Get-Mailbox | Select-Object Alias, Smtp").problem();
        assertEquals(Problem.Kind.INVALID_VALUE, unknown.kind());
        assertEquals(36, unknown.column(), "at the name");
        assertTrue(unknown.message().startsWith("Select-Object: Smtp is not a property of Exchange.Mailbox, the "
                + "result of Get-Mailbox"), unknown.message());
        Problem misspelt = TRANSLATOR.translate("Get-Mailbox | Select-Object Alais").problem();
        assertTrue(misspelt.message().endsWith("the result of Get-Mailbox; did you mean Alias?"), misspelt.message());
        Problem untyped = TRANSLATOR.translate("Set-Mailbox x -UseDatabaseQuotaDefaults $true | select Alias")
                .problem();
        assertEquals(Problem.Kind.NOT_LITERAL, untyped.kind());
        assertTrue(untyped.message().contains("Set-Mailbox has no typed result model"), untyped.message());
        Problem withoutModels = Translator.of(CodeGenerator.builder().snapshot(Fixtures.all())
                .targetPackage(Fixtures.PACKAGE).build().model()).translate("Get-Mailbox | select Alias").problem();
        assertEquals(Problem.Kind.NOT_LITERAL, withoutModels.kind(), "Translator.of(model) has no result models");
    }

    @Test
    void aCsdlFileDecidesWhatSelectObjectMayName(@TempDir Path dir) throws Exception {
        // the fixture's Mailbox has a Ratio property; the bundled CSDL's has none
        Path csdl = dir.resolve("tenant.metadata.xml");
        try (var in = TranslatorTest.class.getResourceAsStream("/csdl/fixture.xml")) {
            java.nio.file.Files.copy(in, csdl);
        }
        String line = "Get-Mailbox | Select-Object Ratio";
        Translation own = Translator.forSnapshot(Fixtures.all(), Fixtures.PACKAGE, csdl).translate(line);
        assertNull(own.problem(), () -> String.valueOf(own.problem()));
        assertEquals("GetMailbox.all().select(Mailbox.RATIO)", own.expression());
        assertEquals(Problem.Kind.INVALID_VALUE, TRANSLATOR.translate(line).problem().kind(), "the bundled CSDL");
    }

    @Test
    void selectObjectCompilesAgainstTheExchangeOnlineModels(@TempDir Path dir) throws Exception {
        List<Translation> lines = List.of(
                ExchangeOnline.TRANSLATOR.translate("Get-Mailbox -ResultSize Unlimited | Select-Object "
                        + "DisplayName,PrimarySmtpAddress,RecipientTypeDetails"),
                ExchangeOnline.TRANSLATOR.translate("Get-MailboxStatistics -Identity vasil | select ItemCount"),
                ExchangeOnline.TRANSLATOR.translate("Get-CASMailbox -Identity vasil | select -Property OWAEnabled"));
        lines.forEach(t -> assertNull(t.problem(), () -> t.source() + ": " + t.problem()));
        assertEquals("GetMailbox.all().resultSize(ResultSize.unlimited()).select(Mailbox.DISPLAY_NAME, "
                + "Mailbox.PRIMARY_SMTP_ADDRESS, Mailbox.RECIPIENT_TYPE_DETAILS)", lines.get(0).expression());
        TranslationHarness.Outcome outcome = TranslationHarness.run(BundledSnapshots.exchangeOnline(),
                Fixtures.PACKAGE, lines, dir);
        assertEquals(Map.of(), outcome.compileErrors());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(JSON.readTree(lines.get(i).body()), JSON.readTree(outcome.bodies().get(i)));
        }
    }

    @Test
    void aHashtableIsSentInTheOrderTheLineWritesItsKeys(@TempDir Path dir) throws Exception {
        // the docs' Set-AdaptiveScope example: a nested hashtable whose keys are not in any sorted order
        Translator scc = Translator.forSnapshot(BundledSnapshots.securityCompliance(), Fixtures.PACKAGE);
        List<Translation> lines = List.of(scc.translate("Set-AdaptiveScope -Identity \"Project X\" -FilterConditions"
                + " @{\"Conditions\" = @{\"Value\" = \"Redmond\"; \"Operator\" = \"Equals\"; \"Name\" = \"City\"};"
                + " \"Conjunction\" = \"And\"}"));
        lines.forEach(t -> assertNull(t.problem(), () -> t.source() + ": " + t.problem()));
        assertTrue(lines.get(0).body().contains("{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Conditions\":{"
                + "\"@odata.type\":\"#Exchange.GenericHashTable\",\"Value\":\"Redmond\",\"Operator\":\"Equals\","
                + "\"Name\":\"City\"},\"Conjunction\":\"And\"}"), lines.get(0).body());
        TranslationHarness.Outcome outcome = TranslationHarness.run(BundledSnapshots.securityCompliance(),
                Fixtures.PACKAGE, lines, dir);
        assertEquals(Map.of(), outcome.compileErrors());
        assertEquals(lines.get(0).body(), outcome.bodies().get(0), "byte for byte");
    }

    @Test
    void confirmAndWhatIfChooseTheClientCallAndTheBody() {
        Translation confirm = TRANSLATOR.translate("Remove-Thing x -Confirm");
        assertEquals(Translation.Confirmation.VALIDATE, confirm.confirmation());
        assertTrue(confirm.statement().endsWith(", ConfirmMode.VALIDATE);"), confirm.statement());
        assertTrue(confirm.imports().contains("dev.exobindings.runtime.ConfirmMode"), confirm.imports().toString());
        assertTrue(confirm.body().endsWith("\"Identity\":\"x\",\"Confirm\":true}}}"), confirm.body());
        Translation whatIf = TRANSLATOR.translate("Remove-Thing x -WhatIf");
        assertEquals("exo.whatIf(" + whatIf.expression() + ");", whatIf.statement());
        assertTrue(whatIf.body().endsWith("\"Identity\":\"x\",\"WhatIf\":true}}}"), whatIf.body());
        Translation confirmFalse = TRANSLATOR.translate("Remove-Thing x -Confirm:$false");
        assertEquals(Translation.Confirmation.DEFAULT, confirmFalse.confirmation());
        assertTrue(confirmFalse.body().endsWith("\"Confirm\":false}}}"), "High impact: the client's default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "@(", "@{a=", "(,"})
    void bracketsNestedTenThousandDeepAreASyntaxProblemNotAStackOverflow(String opener) {
        String closer = opener.equals("@{a=") ? "}" : ")";
        String line = "Get-Mailbox -Identity " + opener.repeat(10_000) + "1" + closer.repeat(10_000);
        Problem p = TRANSLATOR.translate(line).problem();
        assertEquals(Problem.Kind.SYNTAX, p.kind(), p.toString());
        assertTrue(p.message().startsWith("brackets nested deeper than 64 levels"), p.message());
        assertTrue(TRANSLATOR.translate("Get-Mailbox -Identity " + "(".repeat(64) + "'x'" + ")".repeat(64)).ok(),
                "64 levels are still read");
    }

    @Test
    void aHashtableWithTheSameKeyTwiceIsTheSyntaxErrorPowerShellReportsWhateverTheCase() {
        Translation t = TRANSLATOR.translate("Set-Mailbox -Identity x -EmailAddresses @{Add='a'; add='b'}");
        assertEquals(Problem.Kind.SYNTAX, t.problem().kind());
        assertEquals(52, t.problem().column(), "the second key");
        assertTrue(t.problem().message().contains("duplicate key 'add'"), t.problem().message());
    }

    @Test
    void numbersPastTheirTypesRangeAreFindingsNotExceptions() {
        Translator exo = ExchangeOnline.TRANSLATOR;
        Translation exponent = exo.translate("Set-Mailbox -Identity v -RetainDeletedItemsFor 1e99999999999");
        assertEquals(Problem.Kind.SYNTAX, exponent.problem().kind());
        assertTrue(exponent.problem().message().contains("out of range"), exponent.problem().message());
        for (String tooLong : List.of("10PB", "10675200", "'99999999.00:00:00'")) {
            Translation t = exo.translate("Set-Mailbox -Identity v -RetainDeletedItemsFor " + tooLong);
            assertEquals(Problem.Kind.INVALID_VALUE, t.problem().kind(), tooLong);
        }
        Translation size = exo.translate("Set-Mailbox -Identity v -MaxSendSize 99999999999999999999");
        assertEquals(Problem.Kind.INVALID_VALUE, size.problem().kind());
    }

    @Test
    void theRoutingSwitchIsNotInTheBodyBecauseTheModuleNeverSendsIt() {
        Translation t = ExchangeOnline.TRANSLATOR
                .translate("Get-MailboxRegionalConfiguration -Identity v -UseCustomRouting");
        assertTrue(t.ok(), String.valueOf(t.problem()));
        assertFalse(t.body().contains("UseCustomRouting"), t.body());
        assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("-UseCustomRouting is client-side")), t.notes()
                .toString());
    }

    @Test
    void aCommentBlockBetweenArgumentsIsABlank() {
        Translation t = TRANSLATOR.translate("Get-Mailbox <# who; and why #> -Identity vasil <# end #>");
        assertEquals("GetMailbox.identity(\"vasil\")", t.expression(), String.valueOf(t.problem()));
        assertEquals(1, TRANSLATOR.translateScript("Get-Mailbox <# a; b #> -Identity vasil").size(),
                "a ';' inside the comment does not split the line");
    }

    @Test
    void aNegativeResultSizeIsRefusedAsResultSizeOfWouldRefuseItAtRunTime() {
        Translation t = TRANSLATOR.translate("Get-Mailbox -ResultSize -5");
        assertEquals(Problem.Kind.INVALID_VALUE, t.problem().kind());
        assertTrue(t.problem().message().contains("0 or more"), t.problem().message());
    }
}
