package dev.exobindings.metadata;

import dev.exobindings.metadata.csdl.CsdlReader;
import dev.exobindings.metadata.csdl.CsdlSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The service's OData CSDL ({@code $metadata}) shipped inside this jar: the result shapes (entity, complex and enum
 * types) of Exchange Online. It is the module catalog's {@code EXO-metadata.xml} (see NOTICE) with its
 * {@code Annotation} elements removed — they carry description prose, not facts the generator uses.
 * One place for every consumer: the generator reads it for models, the simulator serves it as {@code $metadata}.
 */
public final class BundledCsdl {
    /** The classpath resource of the Exchange Online CSDL. */
    public static final String EXCHANGE_ONLINE_RESOURCE = "/dev/exobindings/metadata/csdl/exchange-online-metadata.xml";

    private BundledCsdl() {
    }

    /** Opens the Exchange Online CSDL; the caller closes the stream. */
    public static InputStream openExchangeOnline() {
        InputStream in = BundledCsdl.class.getResourceAsStream(EXCHANGE_ONLINE_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("bundled CSDL " + EXCHANGE_ONLINE_RESOURCE + " is missing from the "
                    + "classpath; rebuild exo-bindings-metadata");
        }
        return in;
    }

    /** The Exchange Online CSDL as text (UTF-8), e.g. to serve as {@code $metadata}. */
    public static String exchangeOnline() {
        try (InputStream in = openExchangeOnline()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled CSDL " + EXCHANGE_ONLINE_RESOURCE, e);
        }
    }

    /** The Exchange Online CSDL, read. */
    public static CsdlSchema exchangeOnlineSchema() {
        try (InputStream in = openExchangeOnline()) {
            return new CsdlReader().read(EXCHANGE_ONLINE_RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled CSDL " + EXCHANGE_ONLINE_RESOURCE, e);
        }
    }
}
