package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.exobindings.metadata.docs.Fixtures.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypeNamesTest {
    private final Cmdlet typed = Fixtures.exo("types.md");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "System.Boolean|Boolean",
            "Microsoft.Exchange.Data.ByteQuantifiedSize|ByteQuantifiedSize",
            "<ResourceBookingType>|ResourceBookingType",
            "<MultiValuedProperty>|MultiValuedProperty",
            "MulitValuedProperty|MultiValuedProperty",
            "MultiValuedPropert|MultiValuedProperty",
            "MultiValueProperty|MultiValuedProperty",
            "MultiValuedProperty]|MultiValuedProperty",
            "string|String",
            "unlimited|Unlimited",
            "DateTim|DateTime",
            "Sustem.Guid|Guid",
            "PolicyIdParametert|PolicyIdParameter",
            "'MailboxIdParameter, AzureImportRequest'|MailboxIdParameter",
            "Microsoft.Exchange.Management.RestApiClient.Unlimited`1[System.UInt32]|Unlimited",
            "System.Collections.Hashtable[]|Hashtable[]",
            "SetMailbox+ClearableADAttributes[]|SetMailbox+ClearableADAttributes[]",
            "Microsoft.Office.CompliancePolicy.Tasks.FlattenLabelActionUtils+ContentAlignment|FlattenLabelActionUtils+ContentAlignment",
            "_DeliveryStatus|_DeliveryStatus"})
    void normalises(String raw, String expected) {
        assertEquals(expected, TypeNames.normalise(raw));
    }

    @Test
    void nothingUsableIsNull() {
        assertNull(TypeNames.normalise("<>"));
        assertNull(TypeNames.normalise(""));
        assertNull(TypeNames.normalise(null));
    }

    @Test
    void multiValuedAndElementTypes() {
        assertTrue(TypeNames.isMultiValued("MultiValuedProperty"));
        assertTrue(TypeNames.isMultiValued("ProxyAddressCollection"));
        assertTrue(TypeNames.isMultiValued("String[]"));
        assertFalse(TypeNames.isMultiValued("Byte[]"), "Byte[] is a blob");
        assertFalse(TypeNames.isMultiValued("Unlimited"));
        assertEquals("RecipientIdParameter", TypeNames.elementType("RecipientIdParameter[]"));
        assertNull(TypeNames.elementType("Byte[]"));
        assertNull(TypeNames.elementType("MultiValuedProperty"));
    }

    @Test
    void yamlTypesAreNormalisedOnParameters() {
        assertEquals("Boolean", param(typed, "Flag").type(), "yaml wins over the syntax's DateTim");
        assertEquals("ByteQuantifiedSize", param(typed, "Size").type());
        assertEquals("ResourceBookingType", param(typed, "Books").type());
        assertEquals("MultiValuedProperty", param(typed, "Labels").type());
        assertEquals("MultiValuedProperty", param(typed, "Rules").type());
        assertEquals("String", param(typed, "Cookie").type());
        assertEquals("MailboxIdParameter", param(typed, "Owner").type());
        assertEquals("Unlimited", param(typed, "Limit").type());
        assertEquals("Hashtable[]", param(typed, "Source").type(), "yaml wins over the syntax's String[]");
        assertEquals("FlattenLabelActionUtils+ContentAlignment", param(typed, "Align").type());
    }

    @Test
    void blankYamlTypeFallsBackToTheSyntax() {
        assertEquals("Int32", param(typed, "Count").type());
        assertEquals("Guid", param(typed, "Guid2").type());
    }

    @Test
    void shapeFlags() {
        Parameter labels = param(typed, "Labels");
        assertTrue(labels.multiValued());
        assertNull(labels.elementType());
        Parameter fileData = param(typed, "FileData");
        assertEquals("Byte[]", fileData.type());
        assertFalse(fileData.multiValued());
        assertNull(fileData.elementType());
        Parameter rights = param(typed, "Rights");
        assertTrue(rights.multiValued());
        assertEquals("MailboxRights", rights.elementType());
        assertTrue(param(typed, "Addresses").multiValued());
        assertTrue(param(typed, "Switchy").isSwitch());
        assertFalse(param(typed, "Cookie").isSwitch());
    }
}
