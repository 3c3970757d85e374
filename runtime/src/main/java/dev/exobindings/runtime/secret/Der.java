package dev.exobindings.runtime.secret;

import java.math.BigInteger;
import java.util.Arrays;

/** Just enough DER to read {@code RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }}. */
final class Der {
    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;

    private Der() {
    }

    static Sequence sequence(byte[] der) {
        Sequence outer = new Sequence(der, 0, der.length);
        int length = outer.header(SEQUENCE);
        return new Sequence(der, outer.position, outer.position + length);
    }

    /** A cursor over the elements of one SEQUENCE. */
    static final class Sequence {
        private final byte[] bytes;
        private final int end;
        private int position;

        private Sequence(byte[] bytes, int start, int end) {
            if (end > bytes.length) {
                throw malformed("the length runs past the end of the data");
            }
            this.bytes = bytes;
            this.position = start;
            this.end = end;
        }

        BigInteger nextInteger() {
            int length = header(INTEGER);
            BigInteger value = new BigInteger(Arrays.copyOfRange(bytes, position, position + length));
            position += length;
            return value;
        }

        /** Reads tag and length, leaves {@link #position} at the content, returns the content length. */
        private int header(int expectedTag) {
            if (position + 2 > end) {
                throw malformed("it ends early");
            }
            int tag = bytes[position++] & 0xFF;
            if (tag != expectedTag) {
                throw malformed(String.format("tag 0x%02x where 0x%02x was expected", tag, expectedTag));
            }
            int length = bytes[position++] & 0xFF;
            if (length >= 0x80) {
                int count = length & 0x7F;
                if (count == 0 || count > 4 || position + count > end) {
                    throw malformed("bad length");
                }
                length = 0;
                for (int i = 0; i < count; i++) {
                    length = (length << 8) | (bytes[position++] & 0xFF);
                }
            }
            if (length < 0 || position + length > end) {
                throw malformed("the length runs past the end of the data");
            }
            return length;
        }

        private static IllegalArgumentException malformed(String why) {
            return new IllegalArgumentException("The PEM RSA PUBLIC KEY is not valid DER: " + why);
        }
    }
}
