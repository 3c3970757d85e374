package dev.exobindings.capture.psm1;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The constants region of the module text, each value recognised by its shape and the words of its name (see
 * {@code ConstantKind}), not by the module's variable names. A value the text does not carry is {@code null} (or
 * empty): the capture then does not know it, and says so rather than assuming the usual value.
 *
 * @param defaultTimeoutSeconds       the HTTP timeout of a cmdlet the per-cmdlet table does not name
 * @param maxRetries                  how many times a failed request is retried
 * @param retryIntervalMillis         the first retry interval in milliseconds
 * @param retryExponentBase           the base of the exponential backoff
 * @param pageSize                    the page size the module asks for
 * @param serverSideRetryLimit        the retry limit for server-side exceptions
 * @param retryableStatuses           the retryable HTTP statuses by name ({@code Unauthorized}…)
 * @param retryableExceptions         the retryable exception names
 * @param cmdletTimeouts              the per-cmdlet timeout table as written (seconds per cmdlet), case-insensitive
 *                                    keys
 * @param commonParameters            PowerShell's common parameter names as the module lists them
 * @param filterParameters            the filter parameters the module parses for booleans
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

    /** The per-cmdlet table's entry for one cmdlet (case-insensitive), if the table names it. */
    public Optional<Integer> tableTimeoutSeconds(String cmdlet) {
        for (Map.Entry<String, Integer> e : cmdletTimeouts.entrySet()) {
            if (e.getKey().equalsIgnoreCase(cmdlet)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
