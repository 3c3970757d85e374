package dev.exobindings.runtime.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"2, 2000", "' 7 ', 7000", "1.5, 1500", "0.0001, 1", "0, 0", "86400, 86400000",
        "'Thu, 03 Dec 2026 10:00:30 GMT', 30000", "'Thu, 03 Dec 2026 09:00:00 GMT', 0"})
    void secondsAndHttpDatesAreWaits(String header, long millis) {
        assertEquals(Optional.of(Duration.ofMillis(millis)), RetryAfter.parse(header, NOW));
    }

    /** Java's own number forms are not HTTP's: {@code 10d} is not ten seconds; such a header is ignored. */
    @ParameterizedTest
    @ValueSource(strings = {"10d", "10f", "0x10", "1e3", "-5", "+5", "NaN", "Infinity", "5, 10", "abc", "", " ",
        "1.", ".5"})
    void anythingElseIsIgnored(String header) {
        assertEquals(Optional.empty(), RetryAfter.parse(header, NOW));
    }

    @org.junit.jupiter.api.Test
    void anEnormousNumberIsAVeryLongWaitNotAnOverflow() {
        Duration wait = RetryAfter.parse("9".repeat(400), NOW).orElseThrow();
        assertEquals(Duration.ofSeconds(1_000_000_000_000L), wait);
    }
}
