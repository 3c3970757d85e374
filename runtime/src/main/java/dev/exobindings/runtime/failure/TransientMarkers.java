package dev.exobindings.runtime.failure;

import dev.exobindings.runtime.error.ErrorInfo;
import java.util.List;
import java.util.Locale;

/** Texts that identify a transient server failure or a tenant-concurrency rejection (protocol reference §(f)). */
public final class TransientMarkers {
    /** Server exception names the module retries. */
    public static final List<String> TRANSIENT_EXCEPTIONS = List.of("DCOverloadedException",
            "SuitabilityDirectoryException", "ServerInMMException", "ADServerSettingsChangedException",
            "StorageTransientException");
    private static final String CONCURRENCY = "maximum number of concurrent requests per tenant";

    private TransientMarkers() {
    }

    /** Whether the error names one of {@link #TRANSIENT_EXCEPTIONS}. */
    public static boolean isTransientException(ErrorInfo info) {
        for (String name : TRANSIENT_EXCEPTIONS) {
            if (contains(info.exceptionType(), name) || contains(info.message(), name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the server exception's class name says it is transient ({@code ADTransientException},
     * {@code StorageTransientException}, …), or is one of {@link #TRANSIENT_EXCEPTIONS}. Used for reads: the
     * service's most common transient failure is a 500 carrying {@code ADTransientException}.
     */
    public static boolean isTransientByName(ErrorInfo info) {
        String simple = info.exceptionSimpleName();
        return contains(simple, "Transient") || isTransientException(info);
    }

    /** Whether the error is the plain-text tenant-concurrency rejection (nothing ran; safe to retry). */
    public static boolean isConcurrencyRejection(ErrorInfo info) {
        return contains(info.message(), CONCURRENCY);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
