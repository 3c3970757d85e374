package dev.exobindings.generator.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingStrategyTest {
    private final NamingStrategy naming = new NamingStrategy();

    @ParameterizedTest
    @CsvSource({"Get-Mailbox, GetMailbox", "Get-eDiscoveryCaseAdmin, GetEDiscoveryCaseAdmin",
            "Get-AtpPolicyForO365, GetAtpPolicyForO365", "New-X400AuthoritativeDomain, NewX400AuthoritativeDomain"})
    void cmdletClassNames(String cmdlet, String expected) {
        assertEquals(expected, naming.cmdletClassName(cmdlet));
    }

    @ParameterizedTest
    @CsvSource({"Identity, identity", "ResultSize, resultSize", "SMTPServer, smtpServer", "PIN, pin",
            "IPAddress, ipAddress", "OWAEnabled, owaEnabled", "eDiscovery, eDiscovery", "O365Id, o365Id",
            "Case, caseValue", "Default, defaultValue", "Class, classValue", "Set, setValue", "Self, selfValue",
            "ToJson, toJsonValue", "Parameters, parametersValue", "CmdletName, cmdletNameValue",
            "Equals, equalsValue", "HashCode, hashCodeValue", "GetClass, getClassValue", "All, allValue",
            "Create, createValue", "Bind, bindValue", "Record, recordValue", "Var, varValue"})
    void parameterMethodNames(String parameter, String expected) {
        assertEquals(expected, naming.parameterMethodName(parameter));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"UserMailbox|USER_MAILBOX", "Hello World|HELLO_WORLD", "1stValue|VALUE_1ST_VALUE",
            "a-b|A_B", "x.y|X_Y", "Über|UBER", "-|VALUE", "SPOMalware|SPO_MALWARE", "Office365|OFFICE365",
            "HighConfPhish|HIGH_CONF_PHISH", "  spaced  out |SPACED_OUT", "'$null'|NULL", "Café Crème|CAFE_CREME"})
    void enumConstantNames(String wire, String expected) {
        assertEquals(expected, naming.enumConstantName(wire));
    }

    @Test
    void setBuilderNames() {
        assertEquals("IdentitySet", naming.setBuilderName("Identity", false));
        assertEquals("AnrSet", naming.setBuilderName("AnrSet", false));
        assertEquals("ByNameSet", naming.setBuilderName("By-Name", false));
        assertEquals("Set1stSet", naming.setBuilderName("1st", false));
        assertEquals("UnnamedSet", naming.setBuilderName("*/", false));
        assertEquals("Request", naming.setBuilderName("__AllParameterSets", true));
    }

    @Test
    void entryNamesFromSets() {
        assertEquals("identity", naming.setEntryName("Identity"));
        assertEquals("allValue", naming.setEntryName("All"));
        assertEquals("byNameByName", naming.disambiguatedEntryName("byName", "By Name"));
    }

    @Test
    void uniquifyKeepsTheFirstAndNumbersTheRest() {
        assertEquals(List.of("pin", "pin2", "pin3"), naming.uniquify(List.of("pin", "pin", "pin"), false, "",
                Set.of()));
        assertEquals(List.of("Foo", "FOO2"), naming.uniquify(List.of("Foo", "FOO"), true, "", Set.of()));
        assertEquals(List.of("UNRECOGNIZED_2"), naming.uniquify(List.of("UNRECOGNIZED"), false, "_",
                Set.of("UNRECOGNIZED")));
    }

    @Test
    void javaAndPowerShellNames() {
        assertTrue(JavaNames.isPackageName("com.example.exo"));
        assertFalse(JavaNames.isPackageName("com.example.enum"));
        assertFalse(JavaNames.isPackageName("com..exo"));
        assertTrue(PowerShellNames.isCmdletName("Get-eDiscoveryCaseAdmin"));
        assertFalse(PowerShellNames.isCmdletName("Get-Mailbox*/"));
        assertFalse(PowerShellNames.isCmdletName("GetMailbox"));
        assertTrue(PowerShellNames.isParameterName("ResultSize"));
        assertFalse(PowerShellNames.isParameterName("Result Size"));
        assertTrue(PowerShellNames.isParameterName("Ms_Exch2"));
        assertFalse(PowerShellNames.isParameterName("2Size"));
        assertFalse(PowerShellNames.isParameterName("_Size"));
        assertFalse(PowerShellNames.isParameterName(""));
        assertFalse(PowerShellNames.isParameterName(null));
        assertFalse(PowerShellNames.isParameterName("Größe"));
        assertFalse(PowerShellNames.isParameterName("A".repeat(201)));
    }
}
