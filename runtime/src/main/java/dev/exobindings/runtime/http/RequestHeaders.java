package dev.exobindings.runtime.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-call headers of protocol reference §(b), minus {@code Authorization} and {@code client-request-id}
 * (added per attempt by {@link CallExecutor}).
 */
public final class RequestHeaders {
    /** {@code Content-Type} of every body: JSON in UTF-8. */
    public static final String JSON_UTF8 = "application/json; charset=utf-8";

    private RequestHeaders() {
    }

    /**
     * Headers of one InvokeCommand call.
     *
     * @param cmdlet       the cmdlet
     * @param anchor       routing hint
     * @param connectionId constant per client
     * @param prefer       the {@code Prefer} value, or null
     */
    public static Map<String, String> invoke(String cmdlet, Anchor anchor, String connectionId, String prefer) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", JSON_UTF8);
        h.put("Accept", "application/json");
        h.put("Accept-Charset", "UTF-8");
        h.put("Accept-Encoding", "gzip");
        h.put("X-ResponseFormat", "json");
        h.put("X-CmdletName", cmdlet);
        h.put("X-AnchorMailbox", anchor.value());
        if (anchor.parameterBasedRouting()) {
            h.put("parameter-based-routing", "true");
        }
        if (prefer != null) {
            h.put("Prefer", prefer);
        }
        h.put("connection-id", connectionId);
        return h;
    }

    /** {@code odata.maxpagesize=N}. */
    public static String maxPageSize(int n) {
        return "odata.maxpagesize=" + n;
    }
}
