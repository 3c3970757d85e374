package dev.exobindings.runtime.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

    /**
     * An error status's body, decoded without failing: the status, not the body, decides what happens next.
     *
     * @param bytes what could be read: at most {@code limit} bytes, or the part of a gzip body that decompressed
     * @param note  why that is not the whole body, or null
     */
    record ErrorBody(byte[] bytes, String note) {
    }

    /**
     * An error status's body as far as it can be read. {@link BoundedBody} has already cut it at {@code limit} as
     * received; here a gzip body is expanded up to {@code limit}, and one that does not decompress (or was cut
     * mid-stream) keeps what did.
     */
    static ErrorBody decodeError(byte[] bytes, int limit) {
        String cut = "the body reached the " + limit + "-byte limit (maxResponseBytes) and was read no further";
        if (!isGzip(bytes)) {
            return new ErrorBody(bytes, bytes.length >= limit ? cut : null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[8192];
            int n;
            while (out.size() < limit && (n = in.read(buffer, 0, Math.min(buffer.length, limit - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
            return new ErrorBody(out.toByteArray(), out.size() >= limit || bytes.length >= limit ? cut : null);
        } catch (IOException e) {
            return new ErrorBody(out.toByteArray(), bytes.length >= limit ? cut
                    : "the body starts like gzip but does not decompress (" + e.getMessage() + ")");
        }
    }
}
