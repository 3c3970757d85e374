package dev.exobindings.capture.psm1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The constants region of the module text. A value the text does not carry is {@code null} (or empty): the capture
 * then does not know it, and says so rather than assuming the usual value.
 *
 * @param defaultTimeoutSeconds       {@code DefaultTimeout}
 * @param maxRetries                  {@code DefaultMaxRetryTimes}
 * @param retryIntervalMillis         {@code DefaultRetryIntervalInMilliseconds}
 * @param retryExponentBase           {@code DefaultRetryIntervalExponentBase}
 * @param pageSize                    {@code DefaultPageSize}
 * @param serverSideRetryLimit        {@code DefaultRetryLimitForSeverSideException}
 * @param retryableStatuses           {@code RetryableResponses}: HTTP status names ({@code Unauthorized}…)
 * @param retryableExceptions         {@code RetryableExceptions}
 * @param cmdletTimeouts              {@code CmdletHttpTimeoutCollection}: seconds per cmdlet, case-insensitive keys
 * @param commonParameters            {@code CommonParameters}
 * @param filterParameters            {@code FilterParametersForBooleanParsing}
 */
public record ModuleConstants(Integer defaultTimeoutSeconds, Integer maxRetries, Integer retryIntervalMillis,
                              Integer retryExponentBase, Integer pageSize, Integer serverSideRetryLimit,
                              List<String> retryableStatuses, List<String> retryableExceptions,
                              Map<String, Integer> cmdletTimeouts, List<String> commonParameters,
                              List<String> filterParameters) {
    public ModuleConstants {
        retryableStatuses = List.copyOf(retryableStatuses);
        retryableExceptions = List.copyOf(retryableExceptions);
        Map<String, Integer> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sorted.putAll(cmdletTimeouts);
        cmdletTimeouts = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
        commonParameters = List.copyOf(commonParameters);
        filterParameters = List.copyOf(filterParameters);
    }

    /** The HTTP timeout of one cmdlet: its table entry, else the default, else empty when the text has neither. */
    public Optional<Integer> timeoutSeconds(String cmdlet) {
        for (Map.Entry<String, Integer> e : cmdletTimeouts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(cmdlet)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.ofNullable(defaultTimeoutSeconds);
    }
}
