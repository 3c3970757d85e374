package dev.exobindings.runtime.secret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Reads RSA public keys from the .NET XML form and from PEM, with errors that say what is wrong. */
final class RsaKeys {
    /** Below this the key cannot be the service's (2048-bit) key; likely a truncated copy. */
    private static final int MIN_BITS = 1024;

    private RsaKeys() {
    }

    /**
     * Parses {@code <RSAKeyValue><Modulus>…</Modulus><Exponent>…</Exponent></RSAKeyValue>}. Private parts
     * ({@code <P>}, {@code <D>}, …) are ignored. DTDs are refused, so the XML cannot reach files or the network.
     *
     * @param where names the input in messages, e.g. "line 12 of the module file"
     */
    static RSAPublicKey fromRsaKeyValueXml(String xml, String where) {
        if (xml == null || xml.isBlank()) {
            throw new IllegalArgumentException(where + " is empty; expected <RSAKeyValue><Modulus>…</Modulus>"
                    + "<Exponent>AQAB</Exponent></RSAKeyValue>");
        }
        Element root = parse(xml.strip(), where).getDocumentElement();
        if (!"RSAKeyValue".equals(root.getNodeName())) {
            throw new IllegalArgumentException(where + ": the root element is <" + root.getNodeName()
                    + ">, expected <RSAKeyValue>");
        }
        BigInteger modulus = unsigned(root, "Modulus", where);
        BigInteger exponent = unsigned(root, "Exponent", where);
        checkSize(modulus, where);
        try {
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
            return checked((RSAPublicKey) key, where);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(where + ": <Modulus>/<Exponent> do not form an RSA key ("
                    + e.getMessage() + ")");
        }
    }

    /** Parses a PEM public key, PKCS#1 public key or certificate. */
    static RSAPublicKey fromPem(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new IllegalArgumentException("The PEM text is empty");
        }
        String text = pem.strip();
        try {
            if (text.startsWith("-----BEGIN PUBLIC KEY-----")) {
                return rsa(KeyFactory.getInstance("RSA").generatePublic(
                        new X509EncodedKeySpec(body(text, "PUBLIC KEY"))), "the PEM public key");
            }
            if (text.startsWith("-----BEGIN RSA PUBLIC KEY-----")) {
                Der.Sequence sequence = Der.sequence(body(text, "RSA PUBLIC KEY"));
                BigInteger modulus = sequence.nextInteger();
                BigInteger exponent = sequence.nextInteger();
                return rsa(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent)),
                        "the PEM RSA public key");
            }
            if (text.startsWith("-----BEGIN CERTIFICATE-----")) {
                return rsa(CertificateFactory.getInstance("X.509").generateCertificate(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))).getPublicKey(),
                        "the PEM certificate");
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("The PEM certificate cannot be read: " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The PEM text does not hold an RSA public key ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("The PEM text must start with -----BEGIN PUBLIC KEY-----, "
                + "-----BEGIN RSA PUBLIC KEY----- or -----BEGIN CERTIFICATE-----");
    }

    static RSAPublicKey checked(RSAPublicKey key, String where) {
        checkSize(key.getModulus(), where);
        return key;
    }

    private static void checkSize(BigInteger modulus, String where) {
        int bits = modulus.bitLength();
        if (bits < MIN_BITS) {
            throw new IllegalArgumentException(where + ": the modulus has " + bits + " bits; the service's key has "
                    + "2048, so the key text looks truncated");
        }
    }

    private static RSAPublicKey rsa(PublicKey key, String where) {
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException(where + " is " + key.getAlgorithm() + ", not RSA");
        }
        return checked(rsa, where);
    }

    private static Document parse(String xml, String where) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("This JDK's XML parser cannot be configured safely", e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(where + " is not well-formed XML: " + e.getMessage());
        }
    }

    /** The big-endian unsigned integer in base64 inside the only {@code <name>} child. */
    private static BigInteger unsigned(Element root, String name, String where) {
        NodeList nodes = root.getElementsByTagName(name);
        if (nodes.getLength() != 1) {
            throw new IllegalArgumentException(where + ": expected exactly one <" + name + "> inside <RSAKeyValue>, "
                    + "found " + nodes.getLength());
        }
        String base64 = nodes.item(0).getTextContent().replaceAll("\\s", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": <" + name + "> is not base64 (" + e.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException(where + ": <" + name + "> is empty");
        }
        return new BigInteger(1, bytes);
    }

    private static byte[] body(String text, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int endAt = text.indexOf(end);
        if (endAt < 0) {
            throw new IllegalArgumentException("The PEM text has no '" + end + "' line");
        }
        try {
            return Base64.getDecoder().decode(text.substring(begin.length(), endAt).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The PEM text between '" + begin + "' and '" + end + "' is not base64");
        }
    }
}
