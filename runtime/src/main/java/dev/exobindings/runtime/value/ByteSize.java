package dev.exobindings.runtime.value;

/** Exchange's {@code ByteQuantifiedSize}: a byte count, sent in the largest whole unit, e.g. {@code "50GB"}. */
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

    /** The text the service binds: the largest unit that divides the count, e.g. {@code "50GB"}, {@code "1536KB"}, {@code "100B"}. */
    public String wireValue() {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        long value = bytes;
        int unit = 0;
        while (unit < units.length - 1 && value != 0 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        return value + units[unit];
    }
}
