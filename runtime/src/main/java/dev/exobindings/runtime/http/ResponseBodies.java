package dev.exobindings.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Decodes response bodies by their bytes, not their headers: some responses say gzip and are plain, others are
 * gzip without saying so (protocol reference §(b)).
 */
public final class ResponseBodies {
    private ResponseBodies() {
    }

    /** Whether {@code bytes} start with the gzip magic number {@code 1f 8b}. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /**
     * The body, gunzipped when its bytes are gzip.
     *
     * @param limit  the most bytes the gunzipped body may have (a few kilobytes of gzip can expand to gigabytes)
     * @param status the response's HTTP status, for the report
     * @throws BoundedBody.TooLargeException when it has more
     * @throws IOException                   when it starts like gzip but does not decompress
     */
    static byte[] decode(byte[] bytes, int limit, int status) throws IOException {
        if (!isGzip(bytes)) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] decoded = in.readNBytes(limit);
            if (in.read() != -1) {
                throw new BoundedBody.TooLargeException(limit, status);
            }
            return decoded;
        }
    }
}
