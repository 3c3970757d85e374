package dev.exobindings.metadata.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotNetTypesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "int16; Int16", "short; Int16", "System.Int16; Int16", "uint16; UInt16", "ushort; UInt16",
            "UINT16; UInt16", "int; Int32", "System.Int32; Int32", "int32; Int32", "uint; UInt32", "long; Int64",
            "ulong; UInt64", "uint64; UInt64", "byte; Byte", "sbyte; SByte", "float; Single", "single; Single",
            "double; Double", "decimal; Decimal", "bool; Boolean", "boolean; Boolean", "System.Boolean; Boolean",
            "switch; SwitchParameter", "System.Management.Automation.SwitchParameter; SwitchParameter",
            "string; String", "string[]; String[]", "System.String[]; String[]", "int[]; Int32[]",
            "byte[]; Byte[]", "System.Object; Object", "System.Object[]; Object[]", "guid; Guid",
            "datetime; DateTime", "timespan; TimeSpan", "pscredential; PSCredential", "securestring; SecureString",
            "uri; Uri", "cultureinfo; CultureInfo", "System.Globalization.RegionInfo; RegionInfo",
            "hashtable; Hashtable", "hashtable[]; Hashtable[]", "System.IO.Stream; Stream",
            "System.Collections.Generic.List[string]; List[String]",
            "System.Collections.Generic.List`1[System.String]; List[String]",
            "System.Collections.Generic.Dictionary`2[System.String,System.Int32]; Dictionary[String,Int32]",
            "Nullable[int]; Int32", "System.Nullable`1[System.Int32]; Int32", "int?; Int32",
            "System.Nullable`1[[System.Int32, mscorlib, Version=4.0.0.0]]; Int32",
            "Microsoft.Exchange.Configuration.Tasks.MailboxIdParameter; MailboxIdParameter",
            "MultiValuedProperty; MultiValuedProperty", "  string  ; String"})
    void everySpellingHasOneCanonicalForm(String spelling, String canonical) {
        assertEquals(canonical, DotNetTypes.canonical(spelling));
    }

    @ParameterizedTest
    @CsvSource({"int16, short", "System.UInt16, ushort", "System.Int32[], int[]", "Nullable[bool], Boolean"})
    void sameTypeWhateverTheSpelling(String a, String b) {
        assertEquals(true, DotNetTypes.same(a, b));
    }

    @org.junit.jupiter.api.Test
    void nullStaysNull() {
        assertNull(DotNetTypes.canonical(null));
    }
}
