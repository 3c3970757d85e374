package dev.exobindings.simulator.tenant;

import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Deterministic, reversible GUIDs: a GUID of kind {@code k} for object {@code i} looks random but decodes back to
 * {@code i}, so 100 000 mailboxes need no lookup table. The low 48 bits are an invertible mix of the index.
 */
final class Identities {
    private static final long MASK48 = (1L << 48) - 1;
    private static final long MULTIPLIER = 0x9E3779B97F4BL | 1L;
    private static final long INVERSE = inverse(MULTIPLIER);

    private final long seed;

    Identities(long seed) {
        this.seed = seed;
    }

    /** The GUID of object {@code index} of the given kind. */
    UUID guid(int kind, int index) {
        SplittableRandom random = new SplittableRandom(seed * 31 + kind);
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long salt = random.nextLong();
        long low = ((index * MULTIPLIER) ^ salt) & MASK48;
        long least = (salt & 0x3FFF_0000_0000_0000L) | 0x8000_0000_0000_0000L | low;
        return new UUID(most, least);
    }

    /** The index a GUID of this kind encodes, when it is one of ours. */
    OptionalInt index(int kind, UUID guid, int count) {
        SplittableRandom random = new SplittableRandom(seed * 31 + kind);
        random.nextLong();
        long salt = random.nextLong();
        long index = (((guid.getLeastSignificantBits() ^ salt) & MASK48) * INVERSE) & MASK48;
        if (index >= count || !guid(kind, (int) index).equals(guid)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) index);
    }

    private static long inverse(long odd) {
        long x = odd;
        for (int i = 0; i < 6; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
