package dev.exobindings.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.runtime.CmdletRequest;
import dev.exobindings.runtime.value.ByteSize;
import dev.exobindings.runtime.value.Credential;
import dev.exobindings.runtime.value.MultiValue;
import dev.exobindings.runtime.value.ResultSize;
import dev.exobindings.runtime.value.Secret;
import dev.exobindings.runtime.value.Unlimited;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {

    @Test
    void rendersTheEnvelopeWithParametersInOrder() {
        var request = CmdletRequest.of("Get-Mailbox").param("Identity", "vasil").param("ResultSize", ResultSize.unlimited());
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":"
                + "{\"Identity\":\"vasil\",\"ResultSize\":\"Unlimited\"}}}", request.toJson());
    }

    @Test
    void aHandWrittenParameterNameWithItsDashOrSpacesIsRefusedBeforeTheCall() {
        var request = CmdletRequest.of("Get-Mailbox");
        IllegalArgumentException dash = assertThrows(IllegalArgumentException.class,
                () -> request.param("-Identity", "vasil"));
        assertEquals("'-Identity' is not a parameter name: write it as PowerShell names it after the '-', without"
                + " spaces, e.g. param(\"Identity\", …)", dash.getMessage());
        assertThrows(IllegalArgumentException.class, () -> request.param("Result Size"));
        assertThrows(IllegalArgumentException.class, () -> request.clearParam("Identity\r\nX-Evil: 1"));
        assertEquals("{}", request.toJson().replaceAll(".*\"Parameters\":(\\{.*?\\}).*", "$1"), "nothing bound");
    }

    @Test
    void numericResultSizeIsANumber() {
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Get-User\",\"Parameters\":{\"ResultSize\":25}}}",
                CmdletRequest.of("Get-User").param("ResultSize", ResultSize.of(25)).toJson());
    }

    @Test
    void aClearedParameterIsSentAsJsonNullAndANullValueIsRefused() {
        var request = CmdletRequest.of("Set-Mailbox").param("Identity", "TV").clearParam("ForwardingSmtpAddress");
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Mailbox\",\"Parameters\":{\"Identity\":\"TV\","
                + "\"ForwardingSmtpAddress\":null,\"Confirm\":false}}}", request.toJson());
        assertTrue(request.parameters().containsKey("ForwardingSmtpAddress"));
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> CmdletRequest.of("Set-Mailbox").param("ForwardingSmtpAddress", null));
        assertTrue(e.getMessage().contains("-ForwardingSmtpAddress must not be null")
                && e.getMessage().contains("clear"), e.getMessage());
        // a later value replaces the clear, in the clear's place
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-X\",\"Parameters\":{\"A\":\"v\",\"B\":1,"
                + "\"Confirm\":false}}}",
                CmdletRequest.of("Set-X").clearParam("A").param("B", 1).param("A", "v").toJson());
    }

    @Test
    void unlimitedHoldsNumbersSizesAndTimeSpans() {
        var request = CmdletRequest.of("Set-X").param("A", Unlimited.unlimited()).param("B", Unlimited.of(7))
                .param("C", Unlimited.of(ByteSize.ofMegabytes(3))).param("D", Unlimited.of(Duration.ofMinutes(15)));
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-X\",\"Parameters\":{\"A\":\"Unlimited\",\"B\":7,"
                + "\"C\":\"3MB\",\"D\":\"00:15:00\",\"Confirm\":false}}}", request.toJson());
        assertEquals(Duration.ofMinutes(15), Unlimited.of(Duration.ofMinutes(15)).bound());
    }

    @Test
    void resultSizeIsItsOwnType() {
        assertTrue(ResultSize.unlimited().isUnlimited());
        assertEquals(java.util.OptionalLong.of(25), ResultSize.of(25).limit());
        assertEquals(ResultSize.of(3), ResultSize.of(3));
        assertThrows(IllegalArgumentException.class, () -> ResultSize.of(-1));
        // not an Unlimited: a quota cannot stand in for a row count
        assertTrue(!Unlimited.class.isAssignableFrom(ResultSize.class));
    }

    @Test
    void multiValueBecomesATaggedHashtable() {
        var request = CmdletRequest.of("Set-Mailbox").param("Identity", "TV")
                .param("EmailAddresses", MultiValue.add("smtp:alias@contoso.com").andRemove("smtp:old@contoso.com"));
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Mailbox\",\"Parameters\":{\"Identity\":\"TV\","
                + "\"EmailAddresses\":{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"smtp:alias@contoso.com\"],"
                + "\"Remove\":[\"smtp:old@contoso.com\"]},\"Confirm\":false}}}", request.toJson());
    }

    @Test
    void nestedHashtablesAndListsOfHashtablesAreAnnotated() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("Key", "v");
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("Inner", inner);
        var request = CmdletRequest.of("Set-Label").param("AdvancedSettings", outer)
                .param("Entries", List.of(Map.of("A", 1)));
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-Label\",\"Parameters\":{\"AdvancedSettings\":"
                + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Inner\":{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Key\":\"v\"}},"
                + "\"Entries\":[{\"@odata.type\":\"#Exchange.GenericHashTable\",\"A\":1}],"
                + "\"Entries@odata.type\":\"#Collection(Exchange.GenericHashTable)\",\"Confirm\":false}}}", request.toJson());
    }

    @Test
    void scalarsDatesDurationsSizesAndBytes() {
        UUID id = UUID.fromString("bb558c35-97f1-4cb9-8ff7-d53741dc928c");
        var request = CmdletRequest.of("Set-X")
                .param("Flag")
                .param("Count", 3)
                .param("Id", id)
                .param("When", OffsetDateTime.of(2026, 1, 2, 5, 4, 5, 999, ZoneOffset.ofHours(2)))
                .param("Span", Duration.ofDays(2).plusHours(3).plusMinutes(4).plusSeconds(5))
                .param("Quota", Unlimited.of(ByteSize.ofGigabytes(50)))
                .param("Size", ByteSize.ofKilobytes(1536))
                .param("Photo", new byte[] {1, (byte) 255});
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"Set-X\",\"Parameters\":{\"Flag\":true,\"Count\":3,"
                + "\"Id\":\"bb558c35-97f1-4cb9-8ff7-d53741dc928c\",\"When\":\"2026-01-02T03:04:05\","
                + "\"Span\":\"2.03:04:05\",\"Quota\":\"50GB\",\"Size\":\"1536KB\","
                + "\"Photo\":{\"@odata.type\":\"#Exchange.ByteArrayType\",\"Data\":[1,255]},\"Confirm\":false}}}", request.toJson());
    }

    @Test
    void filterBooleanLiteralsAreQuoted() {
        var request = CmdletRequest.of("Get-Recipient").param("Filter", "HiddenFromAddressListsEnabled -eq $true -and X -ne $False");
        assertTrue(request.toJson().contains("\"HiddenFromAddressListsEnabled -eq 'True' -and X -ne 'False'\""),
                request.toJson());
    }

    @Test
    void secretsAreEncodedByTheEncoderAndRedactedWhenRendered() {
        var request = CmdletRequest.of("New-X").param("Password", Secret.of("p@ss"))
                .param("Cred", Credential.of("u", Secret.of("pw")));
        assertEquals("{\"CmdletInput\":{\"CmdletName\":\"New-X\",\"Parameters\":{\"Password\":\"<redacted>\","
                + "\"Cred\":\"<redacted>\",\"Confirm\":false}}}", request.toJson());
        var encoded = RequestBodies.envelope(request.cmdletName(), request.parameters(), java.util.Map.of(), clear -> "enc(" + new String(clear, java.nio.charset.StandardCharsets.UTF_8) + ")");
        assertEquals("enc(p@ss)", encoded.at("/CmdletInput/Parameters/Password").asText());
        assertEquals("enc({\"UserName\":\"u\",\"Password\":\"pw\"})", encoded.at("/CmdletInput/Parameters/Cred").asText());
        assertTrue(request.toString().contains("<redacted>") && !request.toString().contains("p@ss"));
    }

    @Test
    void nullValuesAreRejectedWithTheParameterName() {
        var ex = assertThrows(NullPointerException.class, () -> CmdletRequest.of("Get-X").param("Identity", null));
        assertTrue(ex.getMessage().contains("Identity"));
    }

    @Test
    void unsupportedValueTypesNameTheParameter() {
        var ex = assertThrows(IllegalArgumentException.class,
                () -> CmdletRequest.of("Get-X").param("Odd", new Object()).toJson());
        assertTrue(ex.getMessage().contains("Odd"), ex.getMessage());
    }
}
