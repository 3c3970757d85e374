package dev.exobindings.runtime.value;

/** Exchange's {@code ByteQuantifiedSize}: a byte count, sent as e.g. {@code "50 GB (53687091200 bytes)"}-compatible text. */
public record ByteSize(long bytes) {
    public ByteSize {
        if (bytes < 0) {
            throw new IllegalArgumentException("size must be >= 0, got " + bytes);
        }
    }

    public static ByteSize ofBytes(long bytes) {
        return new ByteSize(bytes);
    }

    public static ByteSize ofKilobytes(long kb) {
        return new ByteSize(Math.multiplyExact(kb, 1024L));
    }

    public static ByteSize ofMegabytes(long mb) {
        return new ByteSize(Math.multiplyExact(mb, 1024L * 1024));
    }

    public static ByteSize ofGigabytes(long gb) {
        return new ByteSize(Math.multiplyExact(gb, 1024L * 1024 * 1024));
    }

    /** The string the service binds: the byte count with the unit {@code B}, e.g. {@code "1073741824B"}... */
    public String wireValue() {
        return bytes + "B";
    }
}
