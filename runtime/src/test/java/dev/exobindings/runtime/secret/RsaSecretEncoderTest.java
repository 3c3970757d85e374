package dev.exobindings.runtime.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.json.RequestBodies;
import dev.exobindings.runtime.value.Credential;
import dev.exobindings.runtime.value.Secret;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RsaSecretEncoderTest {
    private static KeyPair keys;
    private static RsaSecretEncoder encoder;

    @BeforeAll
    static void generateKey() throws Exception {
        keys = TestKeys.generateRsa2048();
        encoder = RsaSecretEncoder.fromRsaKeyValueXml(TestKeys.rsaKeyValueXml((RSAPublicKey) keys.getPublic()));
    }

    private static JsonNode parameters(CmdletRequest request) {
        return RequestBodies.envelope(request.cmdletName(), request.parameters(), java.util.Map.of(), encoder).path("CmdletInput").path("Parameters");
    }

    @Test
    void aSecureStringIsEncryptedToBase64ThatThePrivateKeyDecrypts() throws Exception {
        String encrypted = parameters(CmdletRequest.of("Set-Mailbox").param("Identity", "vasil")
                .param("Password", Secret.of("Pässwörd-€-1"))).path("Password").asText();

        assertEquals(256, Base64.getDecoder().decode(encrypted).length, "one RSA-2048 block");
        assertEquals("Pässwörd-€-1", TestKeys.decrypt(keys.getPrivate(), encrypted));
    }

    @Test
    void aCredentialIsEncryptedAsCompactJson() throws Exception {
        String encrypted = parameters(CmdletRequest.of("New-MoveRequest")
                .param("RemoteCredential", Credential.of("CONTOSO\\admin", Secret.of("p\"w")))).path("RemoteCredential")
                .asText();
        assertEquals("{\"UserName\":\"CONTOSO\\\\admin\",\"Password\":\"p\\\"w\"}",
                TestKeys.decrypt(keys.getPrivate(), encrypted));
    }

    @Test
    void paddingIsRandomSoEqualSecretsEncryptDifferently() {
        byte[] clear = "same".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(encoder.encode(clear), encoder.encode(clear));
    }

    @Test
    void theLargestSecretOneBlockCarriesIsAcceptedAndOneByteMoreIsRejectedWithoutShowingIt() throws Exception {
        String fits = "x".repeat(245);
        assertEquals(fits, TestKeys.decrypt(keys.getPrivate(), encoder.encode(fits.getBytes(StandardCharsets.UTF_8))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoder.encode("y".repeat(246).getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("246 bytes") && e.getMessage().contains("at most 245"), e.getMessage());
        assertFalse(e.getMessage().contains("yyyy"));
    }

    @Test
    void theModuleFileKeyIsFoundAndMatchesTheFixtureCertificate() throws Exception {
        RsaSecretEncoder fromModule = RsaSecretEncoder.fromModuleFile(TestKeys.resource("secret/sample-module.psm1"));
        String encrypted = fromModule.encode("from the module key".getBytes(StandardCharsets.UTF_8));
        assertEquals("from the module key", TestKeys.decrypt(TestKeys.testAppPrivateKey(), encrypted));
        assertEquals(RsaSecretEncoder.fromPem(TestKeys.resource("auth/test-app-cert.pem")).publicKey().getModulus(),
                fromModule.publicKey().getModulus());
    }

    @Test
    void scopedDoubleQuotedAndHereStringAssignmentsAreFound() {
        String xml = TestKeys.rsaKeyValueXml((RSAPublicKey) keys.getPublic());
        for (String text : new String[] {
                "$script:PublicKey = \"" + xml + "\"\n",
                "$x = 1\n$global:PublicKey=@'\n" + xml + "\n'@\n",
                "$PublicKey = $null\n$PublicKey = '" + xml + "'\n"}) {
            assertEquals(((RSAPublicKey) keys.getPublic()).getModulus(),
                    RsaSecretEncoder.fromModuleFile(text).publicKey().getModulus(), text);
        }
    }

    @Test
    void aModuleWithoutTheKeySaysWhatToPass() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromModuleFile("function script:Get-Mailbox { param() }\n"));
        assertTrue(e.getMessage().contains("$PublicKey"), e.getMessage());
        assertTrue(e.getMessage().contains("EXOModuleFile"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RsaSecretEncoder.fromModuleFile(""));
    }

    @Test
    void aMalformedKeyInTheModuleNamesItsLine() {
        IllegalArgumentException notXml = assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromModuleFile("# header\n\n$PublicKey = 'not a key'\n"));
        assertTrue(notXml.getMessage().contains("line 3"), notXml.getMessage());
        assertTrue(notXml.getMessage().contains("<RSAKeyValue>"), notXml.getMessage());

        IllegalArgumentException noExponent = assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromModuleFile("\n$PublicKey = '<RSAKeyValue><Modulus>"
                        + TestKeys.unsignedBase64(((RSAPublicKey) keys.getPublic()).getModulus())
                        + "</Modulus></RSAKeyValue>'"));
        assertTrue(noExponent.getMessage().contains("line 2") && noExponent.getMessage().contains("<Exponent>"),
                noExponent.getMessage());
    }

    @Test
    void malformedXmlIsExplained() {
        assertMessage("<RSAKeyValue><Modulus>AQAB", "not well-formed XML");
        assertMessage("<RSAKey><Modulus>AQAB</Modulus></RSAKey>", "root element is <RSAKey>");
        assertMessage("<RSAKeyValue><Modulus>!!not base64!!</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>",
                "<Modulus> is not base64");
        assertMessage("<RSAKeyValue><Modulus>AQAB</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>", "truncated");
        assertMessage("<RSAKeyValue><Modulus></Modulus><Exponent>AQAB</Exponent></RSAKeyValue>", "<Modulus> is empty");
        assertMessage("", "is empty");
    }

    @Test
    void documentTypeDeclarationsAreRefused() {
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<RSAKeyValue><Modulus>&x;</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>";
        assertMessage(withEntity, "not well-formed XML");
    }

    private static void assertMessage(String xml, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromRsaKeyValueXml(xml));
        assertTrue(e.getMessage().contains(expected), () -> "expected '" + expected + "' in: " + e.getMessage());
    }

    @Test
    void pemPublicKeysAndCertificatesGiveTheSameKey() throws Exception {
        RsaSecretEncoder spki = RsaSecretEncoder.fromPem(TestKeys.resource("auth/test-app-public.pem"));
        RsaSecretEncoder pkcs1 = RsaSecretEncoder.fromPem(TestKeys.resource("auth/test-app-public-pkcs1.pem"));
        RsaSecretEncoder certificate = RsaSecretEncoder.fromPem(TestKeys.resource("auth/test-app-cert.pem"));
        assertEquals(spki.publicKey().getModulus(), pkcs1.publicKey().getModulus());
        assertEquals(spki.publicKey().getPublicExponent(), pkcs1.publicKey().getPublicExponent());
        assertEquals(spki.publicKey().getModulus(), certificate.publicKey().getModulus());
        assertEquals("pem", TestKeys.decrypt(TestKeys.testAppPrivateKey(),
                pkcs1.encode("pem".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void badPemIsExplained() {
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromPem(TestKeys.resource("auth/test-app-key-pkcs8.pem")));
        assertTrue(wrongKind.getMessage().contains("BEGIN PUBLIC KEY"), wrongKind.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromPem("-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----"));
        assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n"));
    }

    @Test
    void fromPublicKeyTakesRsaOnly() throws Exception {
        RsaSecretEncoder direct = RsaSecretEncoder.fromPublicKey(keys.getPublic());
        assertEquals("direct", TestKeys.decrypt(keys.getPrivate(), direct.encode("direct".getBytes(StandardCharsets.UTF_8))));
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RsaSecretEncoder.fromPublicKey(ec.generateKeyPair().getPublic()));
        assertTrue(e.getMessage().contains("EC"), e.getMessage());
    }

    @Test
    void toStringShowsSizeAndFingerprintOnly() {
        assertTrue(encoder.toString().matches("RsaSecretEncoder\\[RSA-2048, fingerprint=[0-9a-f]{16}]"), encoder.toString());
    }
}
