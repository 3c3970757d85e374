package dev.exobindings.metadata.csdl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an XML document's bytes before the XML parser sees them. The JDK's StAX parser, given bytes that are not
 * in the document's encoding, prints {@code [Fatal Error] :-1:-1: Invalid byte 1 of 1-byte UTF-8 sequence} to
 * standard error through a default handler that no StAX property replaces, before it throws. Given characters, it
 * never decodes, so the only message is the reader's. The encoding is found as the parser would: a byte order mark,
 * else UTF-16 when the first character is a {@code <} written in it, else the XML declaration's {@code encoding},
 * else UTF-8; a byte that is not in it fails reading.
 */
final class XmlCharacters {
    private static final int DECLARATION_LOOK_AHEAD = 256;
    private static final Pattern DECLARED =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private XmlCharacters() {
    }

    /** A reader and the encoding it decodes. */
    record Decoded(Reader reader, Charset charset) {
    }

    /** Decodes {@code in}, which must support mark; a malformed byte makes reading throw a coding exception. */
    static Decoded open(InputStream in) throws IOException {
        in.mark(DECLARATION_LOOK_AHEAD);
        byte[] head = in.readNBytes(DECLARATION_LOOK_AHEAD);
        in.reset();
        Charset charset;
        int bom = 0;
        if (starts(head, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (starts(head, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (starts(head, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (starts(head, 0x00, '<', 0x00, '?') || starts(head, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE; // "<" in UTF-16 without a mark (XML 1.0, appendix F)
        } else if (starts(head, '<', 0x00, '?', 0x00) || starts(head, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(head);
        }
        in.skipNBytes(bom); // a mark read as a character would be content before the root element
        return new Decoded(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), charset);
    }

    private static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** The declaration's encoding when Java knows it, else UTF-8 (which a document without a declaration is in). */
    private static Charset declared(byte[] head) {
        Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            try {
                if (Charset.isSupported(m.group(1))) {
                    return Charset.forName(m.group(1));
                }
            } catch (IllegalCharsetNameException e) {
                // not a name Java accepts: read as UTF-8, as without a declaration
            }
        }
        return StandardCharsets.UTF_8;
    }
}
