package dev.exobindings.capture;

import dev.exobindings.capture.CaptureException.Kind;
import dev.exobindings.metadata.csdl.CsdlException;
import dev.exobindings.metadata.csdl.CsdlReader;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the downloaded {@code $metadata} as {@code generate --csdl} will read the file the capture writes, before
 * anything is written: an answer cut short (or any other document) would otherwise be saved as the snapshot's CSDL
 * and fail only later, at generation, far from its cause.
 */
final class MetadataCheck {
    private MetadataCheck() {
    }

    /**
     * @param xml    the {@code $metadata} as downloaded
     * @param origin where it came from, e.g. {@code tenant contoso.onmicrosoft.com at outlook.office365.com}
     * @throws CaptureException {@link Kind#METADATA} naming the place in the document and the fix
     */
    static void check(String xml, String origin) {
        try {
            new CsdlReader().read("$metadata of " + origin,
                    new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (CsdlException e) {
            throw new CaptureException(Kind.METADATA, "The $metadata downloaded is not a readable OData CSDL document: "
                    + e.problem() + ". Nothing was written. Fix: capture again (an answer cut short in transit"
                    + " ends like this); if it is not CSDL at all, check the endpoint.");
        }
    }
}
