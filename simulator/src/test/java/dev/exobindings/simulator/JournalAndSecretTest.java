package dev.exobindings.simulator;

import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalAndSecretTest {

    @Test
    void theJournalRecordsWhatClientsSentWithoutTheToken() {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(30).token("secret-T")
                .build().start()) {
            SimClient client = new SimClient(exo, "secret-T");
            SimClient.Reply first = client.post(exo.invokeCommandUri(), SimClient.body("Get-Mailbox",
                    "{\"ResultSize\":\"Unlimited\"}"), 20);
            client.post(URI.create(first.json().path("@odata.nextLink").asText()), SimClient.body("Get-Mailbox",
                    "{\"ResultSize\":\"Unlimited\"}"), 20);
            client.post(exo.batchUri(), "{\"requests\":[{\"id\":\"0\",\"method\":\"POST\",\"url\":\""
                    + exo.invokeCommandUri() + "\",\"headers\":{\"X-AnchorMailbox\":\"UPN:admin@contoso.com\"},"
                    + "\"body\":" + SimClient.body("Get-User", "{\"Identity\":\"ghost\"}") + "}]}", null);
            List<RecordedCall> calls = exo.journal().calls();
            assertEquals(3, calls.size());
            assertEquals("{\"ResultSize\":\"Unlimited\"}", calls.get(0).parametersJson());
            assertEquals("odata.maxpagesize=20", calls.get(0).header("prefer"));
            assertEquals("<redacted>", calls.get(0).header("Authorization"));
            assertFalse(calls.get(0).continuation());
            assertTrue(calls.get(1).continuation());
            assertTrue(calls.get(2).batched());
            assertEquals(404, calls.get(2).status());
            assertEquals("UPN:admin@contoso.com", calls.get(2).header("X-AnchorMailbox"));
            assertFalse(calls.toString().contains("secret-T"));
            assertEquals(1, exo.journal().calls("get-user").size());
        }
    }

    @Test
    void secretsEncryptedWithThePublishedKeyDecrypt() throws Exception {
        try (ExoSimulator exo = ExoSimulator.builder().snapshot(BuiltInSnapshot.get()).mailboxes(1).build()) {
            Matcher key = Pattern.compile("<Modulus>(.+)</Modulus><Exponent>(.+)</Exponent>").matcher(exo.publicKeyXml());
            assertTrue(key.find());
            PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getDecoder().decode(key.group(1))),
                    new BigInteger(1, Base64.getDecoder().decode(key.group(2)))));
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, publicKey);
            String sent = Base64.getEncoder().encodeToString(cipher.doFinal(
                    "{\"UserName\":\"u\",\"Password\":\"p@ss\"}".getBytes(StandardCharsets.UTF_8)));
            assertEquals("{\"UserName\":\"u\",\"Password\":\"p@ss\"}", exo.decryptSecret(sent));
            assertThrows(IllegalArgumentException.class, () -> exo.decryptSecret("bm90IGNpcGhlcnRleHQ="));
        }
    }
}
