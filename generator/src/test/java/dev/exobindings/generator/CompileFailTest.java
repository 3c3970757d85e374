package dev.exobindings.generator;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.generator.testing.GeneratedFixture;
import dev.exobindings.generator.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;

/**
 * What the generated API must reject at compile time, each with a readable javac error. The snippets compile
 * against the fixture bindings; {@link #theValidCallsCompile()} proves the same setup accepts correct code.
 */
class CompileFailTest {
    private static final String IMPORTS = "import com.example.fixture.*;\n"
            + "import com.example.fixture.enums.*;\n"
            + "import dev.exobindings.runtime.value.*;\n";

    private static InMemoryCompiler.Result compile(String body) {
        String source = "package snippet;\n" + IMPORTS + "class Snippet {\n  Object call() {\n    return " + body
                + ";\n  }\n}\n";
        return GeneratedFixture.get().compileSnippet("Snippet", source);
    }

    private static void assertFails(String body, String... expectedInError) {
        InMemoryCompiler.Result result = compile(body);
        assertFalse(result.success(), "should not compile: " + body);
        for (String expected : expectedInError) {
            assertTrue(result.errors().contains(expected), "javac error should mention '" + expected + "':\n"
                    + result.errors());
        }
    }

    @Test
    void theValidCallsCompile() {
        assertTrue(GeneratedFixture.get().compiled.success(), GeneratedFixture.get().compiled.errors());
        InMemoryCompiler.Result result = compile("java.util.List.of("
                + "GetMailbox.identity(\"vasil\").resultSize(ResultSize.unlimited()),"
                + "GetMailbox.anr(\"vasil\"),"
                + "GetMailbox.all().recipientTypeDetails(RecipientTypeDetails.USER_MAILBOX)"
                + ".resultSize(ResultSize.unlimited()),"
                + "SetMailbox.identity(\"TV\").emailAddresses(MultiValue.add(\"smtp:alias@contoso.com\")))");
        assertTrue(result.success(), result.errors());
    }

    @Test
    void selectTakesTheResultModelsProperties() {
        InMemoryCompiler.Result result = compile("GetMailbox.all().select(com.example.fixture.model.Mailbox.DISPLAY_NAME,"
                + " com.example.fixture.model.Mailbox.PRIMARY_SMTP_ADDRESS).resultSize(ResultSize.unlimited())");
        assertTrue(result.success(), result.errors());
    }

    @Test
    void selectingAnotherModelsPropertyDoesNotCompile() {
        // Get-Mailbox returns Mailbox; OWAEnabled is a CasMailbox property.
        assertFails("GetMailbox.all().select(com.example.fixture.model.CasMailbox.OWA_ENABLED)", "select",
                "ModelProperty<com.example.fixture.model.CasMailbox");
    }

    @Test
    void mixingTwoParameterSetsDoesNotCompile() {
        // -Identity is in set Identity only; the Anr set's builder has no such setter.
        assertFails("GetMailbox.anr(\"x\").identity(\"y\")", "cannot find symbol", "identity(java.lang.String)",
                "GetMailbox.AnrSet");
    }

    @Test
    void leavingOutAMandatoryParameterDoesNotCompile() {
        assertFails("SetMailbox.identity()", "method identity in class com.example.fixture.SetMailbox",
                "cannot be applied to given types", "required: java.lang.String");
    }

    @Test
    void thereIsNoEntryThatSkipsTheMandatoryIdentity() {
        assertFails("SetMailbox.create()", "cannot find symbol", "create()");
    }

    @Test
    void aStringWhereAnIntGoesDoesNotCompile() {
        assertFails("SetScalars.create().count(\"3\")", "incompatible types",
                "java.lang.String cannot be converted to int");
    }

    @Test
    void anUnknownParameterDoesNotCompile() {
        assertFails("GetMailbox.all().noSuchParameter(true)", "cannot find symbol", "noSuchParameter(boolean)");
    }

    @Test
    void aMandatorySwitchSetIsNotReachableWithoutItsEntry() {
        assertFails("new NewResource.RoomSet()", "RoomSet() has private access");
    }

    @Test
    void aSizeIsNotAResultSize() {
        // ResultSize is its own type: a quota (Unlimited of a ByteSize) no longer compiles where a row count goes.
        assertFails("GetMailbox.all().resultSize(Unlimited.of(ByteSize.ofGigabytes(1)))", "incompatible types",
                "Unlimited cannot be converted to dev.exobindings.runtime.value.ResultSize");
    }

    @Test
    void clearAndFlagsCallsCompileAndAMandatoryParameterHasNoClear() {
        InMemoryCompiler.Result ok = compile("java.util.List.of("
                + "SetFlags.identity(\"x\").clearFoo2().clearFoo(true).clearIncludedRecipients(),"
                + "SetFlags.identity(\"x\").includedRecipients(WellKnownRecipientType.MAILBOX_USERS,"
                + " WellKnownRecipientType.MAIL_CONTACTS).sharingPermissionFlags(MailboxFolderPermissionFlags.DELEGATE,"
                + " MailboxFolderPermissionFlags.CAN_VIEW_PRIVATE_ITEMS))");
        assertTrue(ok.success(), ok.errors());
        assertFails("SetFlags.identity(\"x\").clearIdentity()", "cannot find symbol", "clearIdentity()");
    }

    @Test
    void aNonFlagsEnumTakesOneValue() {
        assertFails("SetFlags.identity(\"x\").accessLevel(DeviceAccessLevel.ALLOW, DeviceAccessLevel.BLOCK)",
                "no suitable method found for accessLevel");
    }

    @Test
    void aStagedStepIsNotARequestAndCannotBeSkipped() {
        // Set-Mailbox's AddAggregatedMailbox set: the switch chooses the set, -Identity must follow as a step.
        assertFails("SetMailbox.addAggregatedMailbox().toJson()", "cannot find symbol", "toJson()");
        assertFails("NewResource.room().alias(\"x\")", "cannot find symbol", "alias(java.lang.String)");
        InMemoryCompiler.Result ok = compile("NewResource.room().name(\"Conf A\").alias(\"conf\")");
        assertTrue(ok.success(), ok.errors());
    }
}
