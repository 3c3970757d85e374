package dev.exobindings.capture.psm1;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The constants are found by the shape of their values and the words of their names, never by exact names. */
class ConstantsRecognitionTest {

    /** A constants region whose variable names come from {@code names} (timeout, retries, interval, …). */
    private static String region(String... names) {
        return """
                $script:%s = 960
                $script:%s = 5
                $script:%s = 2000
                $script:%s = 2
                $script:%s = 1000
                $script:%s = 2
                $script:%s = @([System.Net.HttpStatusCode]::Unauthorized, [System.Net.HttpStatusCode]::GatewayTimeout)
                $script:%s = @('DCOverloadedException', 'StorageTransientException')
                $script:%s = @{'Get-DistributionGroupMember' = 3600; 'Set-OrganizationConfig' = 1800}
                $script:%s = @('Debug', 'ErrorAction', 'Verbose', 'WarningAction')
                $script:%s = @("Filter", "RecipientFilter")
                $script:MaxBufferBytes = 4096
                $script:Greeting = 'hello'
                """.formatted((Object[]) names);
    }

    private static final ModuleConstants EXPECTED = new ModuleConstants(960, 5, 2000, 2, 1000, 2,
            List.of("Unauthorized", "GatewayTimeout"), List.of("DCOverloadedException", "StorageTransientException"),
            Map.of("Get-DistributionGroupMember", 3600, "Set-OrganizationConfig", 1800),
            List.of("Debug", "ErrorAction", "Verbose", "WarningAction"), List.of("Filter", "RecipientFilter"));

    private static ModuleConstants constants(String text) {
        return ModuleParser.parse(new SourceText("c.psm1", text)).constants();
    }

    private static ModuleParseException failure(String text) {
        return assertThrows(ModuleParseException.class, () -> constants(text));
    }

    @Test
    void everyConstantIsFoundWhateverItsVariableIsCalled() {
        assertEquals(EXPECTED, constants(region("RequestTimeoutSeconds", "RetryAttemptsMax", "FirstRetryIntervalMs",
                "BackoffExponentBase", "ResultPageSize", "ServerFaultRetryLimit", "RetryOnStatus", "TransientNames",
                "TimeoutByCmdlet", "SharedSwitches", "BoolFilters")));
        assertEquals(EXPECTED, constants(region("http_timeout", "MaxRetries", "retry_interval_millis", "exponentBase",
                "PAGE_SIZE", "ExceptionRetryLimit", "a", "b", "c", "d", "e")),
                "other spellings, snake case, upper case, and arrays named nothing meaningful");
    }

    @Test
    void theOrderOfTheWordsDecidesNothingButTheMostSpecificMeaningWins() {
        assertEquals(ConstantKind.RETRY_EXPONENT_BASE, ConstantKind.ofNumberName("RetryIntervalGrowthBase"));
        assertEquals(ConstantKind.RETRY_INTERVAL, ConstantKind.ofNumberName("script:IntervalBetweenRetries"));
        assertEquals(ConstantKind.SERVER_RETRY_LIMIT, ConstantKind.ofNumberName("ServerExceptionRetryLimit"));
        assertEquals(ConstantKind.MAX_RETRIES, ConstantKind.ofNumberName("RetriesAtMost"));
        assertEquals(ConstantKind.DEFAULT_TIMEOUT, ConstantKind.ofNumberName("HTTPTimeout"));
        assertNull(ConstantKind.ofNumberName("Database"), "'base' is a word, not a substring");
        assertNull(ConstantKind.ofNumberName("MaxBufferBytes"));
        assertEquals(List.of("http", "timeout", "in", "seconds"), ConstantKind.words("$script:HTTPTimeoutInSeconds"
                .substring(1)));
    }

    @Test
    void twoConstantsOfOneMeaningAreAnErrorNamingBothPlaces() {
        ModuleParseException e = failure("$script:RequestTimeout = 960\n$script:Other = 1\n$script:ConnectTimeout = 30\n"
                + "$script:TimeoutByCmdlet = @{}\n");
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("$ConnectTimeout and $RequestTimeout (line 1, column 1) both look like the"
                + " default HTTP timeout"), e.getMessage());

        ModuleParseException tables = failure("$script:RequestTimeout = 960\n$script:A = @{'Get-A' = 1}\n"
                + "$script:B = @{'Get-B' = 2}\n");
        assertEquals(3, tables.line());
        assertTrue(tables.getMessage().contains("per-cmdlet HTTP timeout table"), tables.getMessage());
    }

    @Test
    void aRequiredConstantThatCannotBeIdentifiedIsAnErrorAtTheConstants() {
        ModuleParseException noTable = failure("\n  $script:RequestTimeout = 960\n$script:PageSize = 10\n");
        assertEquals(2, noTable.line());
        assertEquals(3, noTable.column());
        assertTrue(noTable.getMessage().startsWith("c.psm1:2:3: the constants (from this place on) hold nothing that is the "
                + "per-cmdlet HTTP timeout table"), noTable.getMessage());

        ModuleParseException notANumber = failure("$script:TimeoutByCmdlet = @{'Get-A' = 1}\n"
                + "$script:RequestTimeout = 'soon'\n");
        assertTrue(notANumber.getMessage().contains("hold nothing that is the default HTTP timeout")
                && notANumber.getMessage().contains("$RequestTimeout (line 2, column 1) has such a name but its value"
                + " is not a whole number"), notANumber.getMessage());
    }

    @Test
    void aDamagedTimeoutTableIsReportedAtTheEntry() {
        ModuleParseException e = failure("$script:RequestTimeout = 960\n$script:TimeoutByCmdlet = @{\n"
                + "    'Get-A' = 1\n    'Get-B' = 'long'\n}\n");
        assertEquals(4, e.line());
        assertEquals(15, e.column());
        assertTrue(e.getMessage().contains("$TimeoutByCmdlet['Get-B']"), e.getMessage());
    }

    @Test
    void valuesOfOtherShapesAreNotTakenForConstants() {
        ModuleConstants c = constants("$script:RequestTimeout = 960\n$script:TimeoutByCmdlet = @{}\n"
                + "$script:Mixed = @([System.Net.HttpStatusCode]::Unauthorized, 'x')\n"
                + "$script:Names = @('NotAnExceptionName', 'Exception')\n$script:Lookup = @{'NotACmdlet' = 1}\n");
        assertEquals(List.of(), c.retryableStatuses());
        assertEquals(List.of(), c.retryableExceptions());
        assertEquals(Map.of(), c.cmdletTimeouts());
        assertEquals(960, c.defaultTimeoutSeconds());
        assertNull(c.pageSize(), "absent optional constants stay unknown");
    }
}
