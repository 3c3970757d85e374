package dev.exobindings.runtime.paging;

import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.runtime.value.Unlimited;
import java.util.Locale;
import java.util.Map;

/**
 * The module's paging stop rules (protocol reference §(f)).
 * <ul>
 *   <li>numeric {@code ResultSize} r: ask {@code min(remaining, pageSize)} rows per page; continue only if the page
 *       was full, fewer than r rows have arrived, and a nextLink exists;</li>
 *   <li>{@code ResultSize Unlimited}: follow nextLink until it is absent;</li>
 *   <li>no {@code ResultSize}: one page of {@code pageSize} rows (the module uses its page size as the result size,
 *       matching the cmdlets' server-side default of 1000). Pass {@code ResultSize.unlimited()} to get everything.</li>
 * </ul>
 *
 * @param resultSize the numeric ResultSize, or null
 * @param unlimited  whether ResultSize is Unlimited
 * @param pageSize   the client's page size (1..1000)
 */
public record PageRules(Long resultSize, boolean unlimited, int pageSize) {

    /** The rules for the {@code ResultSize} among {@code parameters} of a call of {@code cmdletName}. */
    public static PageRules of(String cmdletName, Map<String, Object> parameters, int pageSize) {
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            if (!e.getKey().equalsIgnoreCase("ResultSize")) {
                continue;
            }
            Object v = e.getValue();
            if (v == null) {
                return new PageRules(null, false, pageSize); // cleared: the service's default, as when absent
            }
            if (v instanceof ResultSize r) {
                return r.isUnlimited() ? new PageRules(null, true, pageSize)
                        : new PageRules(r.limit().getAsLong(), false, pageSize);
            }
            if (v instanceof Unlimited u) {
                if (u.isUnlimited()) {
                    return new PageRules(null, true, pageSize);
                }
                if (u.bound() instanceof Number n) {
                    return new PageRules(n.longValue(), false, pageSize);
                }
                throw new IllegalArgumentException("parameter ResultSize of " + cmdletName
                        + " must be a row count or Unlimited, got " + u);
            }
            if (v instanceof Number n) {
                return new PageRules(n.longValue(), false, pageSize);
            }
            String s = String.valueOf(v).trim();
            if (s.toLowerCase(Locale.ROOT).equals("unlimited")) {
                return new PageRules(null, true, pageSize);
            }
            try {
                return new PageRules(Long.parseLong(s), false, pageSize);
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("parameter ResultSize of " + cmdletName
                        + " must be a number or Unlimited, got '" + s + "'");
            }
        }
        return new PageRules(null, false, pageSize);
    }

    /**
     * These rules, but following every nextLink when no ResultSize was given (streams: rows are read lazily, so
     * there is no memory reason to stop at the first page; a given ResultSize still applies).
     */
    public PageRules followingEveryLink() {
        return resultSize == null && !unlimited ? new PageRules(null, true, pageSize) : this;
    }

    /** The {@code odata.maxpagesize} for the page after {@code rowsSoFar} rows. */
    public int pageSizeAfter(long rowsSoFar) {
        if (resultSize == null) {
            return pageSize;
        }
        long remaining = resultSize - rowsSoFar;
        return (int) Math.max(1, Math.min(remaining, pageSize));
    }

    /** Whether to fetch another page. */
    public boolean shouldContinue(long rowsSoFar, int lastPageRows, int lastPageSize, String nextLink) {
        if (nextLink == null || nextLink.isEmpty()) {
            return false;
        }
        if (unlimited) {
            return true;
        }
        return resultSize != null && lastPageRows >= lastPageSize && rowsSoFar < resultSize;
    }
}
