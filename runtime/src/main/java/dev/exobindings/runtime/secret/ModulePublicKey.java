package dev.exobindings.runtime.secret;

import java.security.interfaces.RSAPublicKey;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the RSA key in the module text the service generates: an assignment such as
 * {@code $PublicKey = '<RSAKeyValue>…</RSAKeyValue>'} (optionally {@code $script:}/{@code $global:} scoped,
 * single- or double-quoted, or a here-string).
 */
final class ModulePublicKey {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "\\$(?:script:|global:)?PublicKey\\s*=\\s*(@'|@\"|'|\")(.*?)(?:'@|\"@|'|\")", Pattern.DOTALL);
    private static final Pattern KEY_XML = Pattern.compile("<RSAKeyValue>.*?</RSAKeyValue>", Pattern.DOTALL);

    private ModulePublicKey() {
    }

    static RSAPublicKey find(String psm1Text) {
        if (psm1Text == null || psm1Text.isBlank()) {
            throw new IllegalArgumentException("The module text is empty; pass the content of the EXOModuleFile psm1");
        }
        Matcher assignment = ASSIGNMENT.matcher(psm1Text);
        while (assignment.find()) {
            String where = "the $PublicKey assignment on line " + lineOf(psm1Text, assignment.start())
                    + " of the module text";
            Matcher xml = KEY_XML.matcher(assignment.group(2));
            if (!xml.find()) {
                throw new IllegalArgumentException(where + " holds no <RSAKeyValue>…</RSAKeyValue>; download the "
                        + "module again (GET /AdminApi/v1.0/{tenant}/EXOModuleFile)");
            }
            return RsaKeys.fromRsaKeyValueXml(xml.group(), where);
        }
        throw new IllegalArgumentException("The module text has no \"$PublicKey = '<RSAKeyValue>…'\" assignment; "
                + "pass the psm1 the service generates (GET /AdminApi/v1.0/{tenant}/EXOModuleFile), or give the key "
                + "directly with RsaSecretEncoder.fromRsaKeyValueXml(...)");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
