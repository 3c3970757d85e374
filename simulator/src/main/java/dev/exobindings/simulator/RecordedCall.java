package dev.exobindings.simulator;

import java.util.Map;

/**
 * One InvokeCommand call as the simulator received it, for tests that check what a client sent.
 *
 * @param cmdlet         {@code CmdletInput.CmdletName}
 * @param parametersJson {@code CmdletInput.Parameters} as compact JSON
 * @param headers        request headers (a batch item's own headers), names case-insensitive, Authorization
 *                       shown as {@code <redacted>}
 * @param batched        whether it came inside a {@code $batch}
 * @param continuation   whether it followed a nextLink (carried a skip token)
 * @param status         the status it was answered with
 * @param host           the {@code host:port} that served it (in Security &amp; Compliance mode: which regional
 *                       host), or null when unknown
 */
public record RecordedCall(String cmdlet, String parametersJson, Map<String, String> headers, boolean batched,
                           boolean continuation, int status, String host) {

    public RecordedCall {
        headers = Map.copyOf(headers);
    }

    /** A call whose serving host is not recorded. */
    public RecordedCall(String cmdlet, String parametersJson, Map<String, String> headers, boolean batched,
                        boolean continuation, int status) {
        this(cmdlet, parametersJson, headers, batched, continuation, status, null);
    }

    /** A header by name, case-insensitively, or null. */
    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}
