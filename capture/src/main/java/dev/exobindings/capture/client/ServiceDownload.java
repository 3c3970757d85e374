package dev.exobindings.capture.client;

import java.net.URI;
import java.util.List;

/**
 * What the service answered at connect time.
 *
 * @param moduleUri       where the module text came from
 * @param moduleFileName  the {@code fileName} of the module entry ({@code ExchangeOnline.psm1})
 * @param moduleText      the module text
 * @param exportedCmdlets the answer's comma-separated {@code exportedCmdlets} list, empty when absent
 * @param metadataXml     the {@code $metadata} CSDL document
 */
public record ServiceDownload(URI moduleUri, String moduleFileName, String moduleText, List<String> exportedCmdlets,
                              String metadataXml) {
    public ServiceDownload {
        exportedCmdlets = List.copyOf(exportedCmdlets);
    }

    @Override
    public String toString() {
        return "ServiceDownload[" + moduleUri + ", " + moduleFileName + ", " + moduleText.length() + " chars, $metadata "
                + metadataXml.length() + " chars]";
    }
}
