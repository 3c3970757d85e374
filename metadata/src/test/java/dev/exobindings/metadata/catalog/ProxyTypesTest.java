package dev.exobindings.metadata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProxyTypesTest {
    @Test
    void acceleratorsBecomeShortClrNames() {
        assertEquals("String", ProxyTypes.normalise("string"));
        assertEquals("Boolean", ProxyTypes.normalise("bool"));
        assertEquals("SwitchParameter", ProxyTypes.normalise("switch"));
        assertEquals("PSCredential", ProxyTypes.normalise("pscredential"));
        assertEquals("Int32", ProxyTypes.normalise("int"));
        assertEquals("UInt16", ProxyTypes.normalise("ushort"));
        assertEquals("SecureString", ProxyTypes.normalise("securestring"));
    }

    @Test
    void namespacesAreDroppedAndArraysAndGenericsKept() {
        assertEquals("Object", ProxyTypes.normalise("System.Object"));
        assertEquals("Object[]", ProxyTypes.normalise("System.Object[]"));
        assertEquals("String[]", ProxyTypes.normalise("string[]"));
        assertEquals("List[String]", ProxyTypes.normalise("System.Collections.Generic.List[string]"));
        assertEquals("Dictionary[String,String]",
                ProxyTypes.normalise("System.Collections.Generic.Dictionary[string,string]"));
        assertEquals("ActiveDirectorySecurityInheritance",
                ProxyTypes.normalise("System.DirectoryServices.ActiveDirectorySecurityInheritance"));
    }

    @Test
    void listsAreMultiValuedButByteArraysAreBlobs() {
        assertTrue(ProxyTypes.isMultiValued("Object[]"));
        assertTrue(ProxyTypes.isMultiValued("List[String]"));
        assertEquals("String", ProxyTypes.elementType("List[String]"));
        assertFalse(ProxyTypes.isMultiValued("Byte[]"));
        assertFalse(ProxyTypes.isMultiValued("Object"));
        assertNull(ProxyTypes.elementType("Object"));
    }
}
