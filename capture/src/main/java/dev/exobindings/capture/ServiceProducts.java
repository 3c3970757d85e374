package dev.exobindings.capture;

import dev.exobindings.metadata.io.SnapshotSpelling;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.runtime.cloud.Service;
import java.util.Locale;
import java.util.Optional;

/**
 * Which product's cmdlets a service serves, and back: the runtime names services, snapshots name products, and a
 * capture needs both. Also how a service is written on a command line or in a POM: as its product is in a snapshot
 * ({@code exchange-online}, {@code security-compliance}).
 */
public final class ServiceProducts {
    private ServiceProducts() {
    }

    /** The product whose cmdlets {@code service} serves. */
    public static Product productOf(Service service) {
        return service == Service.SECURITY_COMPLIANCE ? Product.SECURITY_COMPLIANCE : Product.EXCHANGE_ONLINE;
    }

    /** The service that serves the cmdlets of {@code product}. */
    public static Service serviceOf(Product product) {
        return product == Product.SECURITY_COMPLIANCE ? Service.SECURITY_COMPLIANCE : Service.EXCHANGE_ONLINE;
    }

    /**
     * The service written as its product's snapshot spelling, in any case and with {@code _} for {@code -}
     * ({@code SECURITY_COMPLIANCE} too); empty for anything else.
     */
    public static Optional<Service> parse(String text) {
        String spelling = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return SnapshotSpelling.parse(Product.class, spelling).map(ServiceProducts::serviceOf);
    }

    /** The spellings {@link #parse(String)} accepts, for messages. */
    public static String spellings() {
        return SnapshotSpelling.allSpellings(Product.class);
    }
}
