package dev.exobindings.runtime;

import dev.exobindings.metadata.MarkedNumbers;
import dev.exobindings.runtime.retry.RetryPolicy;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The defaults runtime/README.md states are the ones the client is built with. */
class ReadmeDefaultsTest {

    @Test
    void statedDefaultsAreTheBuiltOnes() {
        ExchangeClientBuilder builder = ExchangeClient.builder();
        RetryPolicy retry = RetryPolicy.defaults();
        Map<String, Long> n = new TreeMap<>();
        n.put("runtime.maxConcurrency", (long) builder.maxConcurrency);
        n.put("runtime.batchSize", (long) builder.batchSize);
        n.put("runtime.maxBatchSize", (long) ExchangeClientBuilder.MAX_BATCH_SIZE);
        n.put("runtime.maxResponseMiB", (long) builder.maxResponseBytes >> 20);
        n.put("runtime.retries", (long) retry.maxRetries());
        n.put("runtime.backoffBaseSeconds", retry.baseDelay().toSeconds());
        n.put("runtime.backoffCapSeconds", retry.maxDelay().toSeconds());
        n.put("runtime.jitterPercent", Math.round(retry.jitter() * 100));
        n.put("runtime.maxRetryAfterMinutes", retry.maxRetryAfter().toMinutes());
        n.put("runtime.retryAllowanceMinutes", Timeouts.DEFAULT_RETRY_ALLOWANCE.toMinutes());
        n.put("runtime.defaultTimeoutSeconds", Timeouts.DEFAULT_CMDLET.toSeconds());
        n.put("runtime.defaultBudgetMinutes",
                Timeouts.defaults().overallFor("Get-Mailbox", Timeouts.DEFAULT_CMDLET).toMinutes());
        MarkedNumbers.assertMatches(Path.of("README.md"), "runtime.", n);
    }
}
