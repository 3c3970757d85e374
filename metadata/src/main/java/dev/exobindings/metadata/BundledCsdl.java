package dev.exobindings.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled OData CSDL ({@code $metadata}) of the Exchange Online admin API, as captured with the module catalog
 * (see NOTICE). The simulator serves it; a capture downloads a fresh one and keeps it beside the snapshot.
 */
public final class BundledCsdl {
    /** Classpath resource of the document. */
    public static final String EXCHANGE_ONLINE_RESOURCE = "/dev/exobindings/metadata/csdl/exchange-online-metadata.xml";

    private BundledCsdl() {
    }

    /** The Exchange Online {@code $metadata} XML. */
    public static String exchangeOnline() {
        try (InputStream in = BundledCsdl.class.getResourceAsStream(EXCHANGE_ONLINE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(EXCHANGE_ONLINE_RESOURCE + " is missing from the classpath; "
                        + "rebuild exo-bindings-metadata");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EXCHANGE_ONLINE_RESOURCE, e);
        }
    }
}
