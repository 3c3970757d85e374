package dev.exobindings.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample program itself, against its embedded simulator. */
class SampleAppTest {

    @Test
    void runsTheThreeJobsAndPrintsTheSummary() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CallStats stats = SampleApp.run(Map.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(out.contains("mailboxes: 2500 "), out);
        assertTrue(out.contains("aliases added: 12 of 12"), out);
        assertTrue(out.matches("(?s).*group \\S+: \\d+ members.*"), out);
        assertTrue(out.contains("compliance searches: 25 [Contoso legal hold 0 ("), out);
        assertTrue(out.contains("DLP policies: 4 [U.S. Financial Data (Enable), GDPR Personal Data (TestWithNotifications)"), out);
        assertTrue(out.matches("(?s).*compliance host: \\[127\\.0\\.0\\.1:\\d+\\] \\(discovered once.*"), out);
        assertTrue(out.indexOf("group ") < out.indexOf("compliance searches"), "compliance after the mailbox part");
        assertTrue(out.contains("summary: "), out);
        assertEquals(2, stats.batches(), "12 alias changes = one batch of 10 and one of 2");
        assertTrue(stats.pages() >= 3, "2500 mailboxes take three pages of 1000");
    }

    @Test
    void aRealTenantNeedsItsCredentials() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SampleApp.run(Map.of("EXO_TENANT", "contoso.onmicrosoft.com"), System.out));
        assertTrue(e.getMessage().contains("EXO_CLIENT_ID"), e.getMessage());
    }
}
