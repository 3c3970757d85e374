package dev.exobindings.capture.psm1;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModuleParserTest {

    private static ModuleText parse(String text) {
        return ModuleParser.parse(new SourceText("t.psm1", text));
    }

    private static ModuleParseException failure(String text) {
        return assertThrows(ModuleParseException.class, () -> parse(text));
    }

    private static String proxy(String binding, String params, String body) {
        return "# .ExternalHelp Microsoft.Exchange.Example-Help.xml\nfunction script:Set-Widget\n{\n    " + binding
                + "\n    param(\n" + params + "\n    )\n" + body + "\n}\n";
    }

    private static final String BODY = "    Begin { Open-ProxyBatch -EnableBatchingStatus:$true }\n"
            + "    Process { Execute-Command -CmdletName 'Set-Widget' -Parameters $PSBoundParameters }";

    @Test
    void theFormatReferenceExampleReadsAsDocumented() {
        ModuleText module = parse(proxy("[CmdletBinding(DefaultParameterSetName='Identity', SupportsShouldProcess=$true,"
                + " ConfirmImpact='High')]", """
                    [Parameter(ParameterSetName='Identity', Mandatory=$true, Position=0, ValueFromPipeline=$true)]
                    [Parameter(ParameterSetName='Reset', Mandatory=$true, Position=0)]
                    ${Identity},

                    [Parameter(ParameterSetName='Identity')]
                    [Alias('Colour')]
                    [ValidateSet('Red','Green')]
                    [string]
                    ${Color},

                    [switch]
                    ${Force},

                    [Parameter(ParameterSetName='Reset', Mandatory=$true)]
                    [switch]
                    ${Reset},

                    [switch]
                    ${UseCustomRouting}""", """
                    Begin { $cmdletConfirmImpactValue = 3
                        Open-ProxyBatch -EnableBatchingStatus:$false }
                    Process { Execute-Command -CmdletName 'Set-Widget' -Parameters $PSBoundParameters `
                        -ParameterBasedRoutingHintDelegate ${function:Resolve-MailboxAnchorHint} `
                        -ParameterBasedRoutingHintParameterValue $Identity }
                    End { }"""));
        ProxyFunction f = module.proxies().get(0);
        assertEquals("Set-Widget", f.name());
        assertEquals("Microsoft.Exchange.Example-Help.xml", f.helpFile());
        assertEquals(new CmdletBindingInfo("Identity", true, "High"), f.binding());
        assertEquals(3, f.confirmImpactValue());
        assertFalse(f.batchable());
        assertEquals(new RoutingHintParameter("Identity", RoutingRule.MAILBOX_ID, "function:Resolve-MailboxAnchorHint"),
                f.routing());
        assertEquals(List.of(new ParameterAttribute("Identity", true, 0, true, false),
                new ParameterAttribute("Reset", true, 0, false, false)), f.parameters().get(0).attributes());
        ProxyParameter color = f.parameters().get(1);
        assertEquals(List.of("Colour"), color.aliases());
        assertEquals(List.of("Red", "Green"), color.validateSet());
        assertEquals("string", color.type());
        assertTrue(f.parameters().get(2).attributes().isEmpty(), "no [Parameter]: every set");
        assertTrue(f.parameters().get(2).isSwitch());
        assertEquals(5, f.parameters().size());
    }

    @Test
    void trueIsWrittenThreeWaysAndABareNamedArgumentIsTrue() {
        ModuleText module = parse(proxy("[CmdletBinding()]", """
                    [Parameter(Mandatory=$true)] ${A},
                    [Parameter(Mandatory=1)] ${B},
                    [Parameter(Mandatory='true')] ${C},
                    [Parameter(Mandatory)] ${D},
                    [Parameter(Mandatory=$false, Position=(2))] ${E}""", BODY));
        List<ProxyParameter> p = module.proxies().get(0).parameters();
        for (int i = 0; i < 4; i++) {
            assertTrue(p.get(i).attributes().get(0).mandatory(), p.get(i).name());
        }
        assertFalse(p.get(4).attributes().get(0).mandatory());
        assertEquals(2, p.get(4).attributes().get(0).position());
        assertNull(p.get(0).attributes().get(0).setName());
    }

    @Test
    void commentsHereStringsContinuationsAndEscapesAreTokens() {
        String text = """
                <# a block comment with 'quotes' and ${braces}
                   over lines #>
                $script:WaitTimeoutSeconds = `
                    960 # trailing comment
                $script:TransientNames = @("DC`"Overloaded`"Exception", 'It''sException', "sub $(Get-Thing "x)") Exception")
                $Greeting = @"
                Hello $(Get-Name)
                "@
                $script:PerCommandSeconds = @{'Get-DistributionGroupMember' = 3600; 'Set-OrganizationConfig' = 1800
                    'Update-RoleGroupMember' = 1800}
                $PublicKey = '<RSAKeyValue><Modulus>AQAB</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>'
                """ + proxy("[CmdletBinding()]", "    [Parameter(ParameterSetName = 'A (1)')] [ValidateLength(1, 64)]"
                + " [ValidateRange(0,(10))] [ValidateCount(1,5)] [ValidateNotNullOrEmpty()] [ValidateNotNull()]"
                + " [System.Collections.Generic.List[string]] ${Odd Name}", BODY);
        ModuleText module = parse(text);
        assertEquals(960, module.constants().defaultTimeoutSeconds());
        assertEquals(List.of("DC\"Overloaded\"Exception", "It'sException", "sub $(Get-Thing \"x)\") Exception"),
                module.constants().retryableExceptions());
        assertEquals(Map.of("Get-DistributionGroupMember", 3600, "Set-OrganizationConfig", 1800,
                "Update-RoleGroupMember", 1800), module.constants().cmdletTimeouts());
        assertEquals(3600, module.constants().tableTimeoutSeconds("get-distributiongroupmember").orElseThrow());
        assertTrue(module.constants().tableTimeoutSeconds("Get-Mailbox").isEmpty());
        assertTrue(module.publicKeyXml().startsWith("<RSAKeyValue>"));
        ProxyParameter p = module.proxies().get(0).parameters().get(0);
        assertEquals("Odd Name", p.name());
        assertEquals("A (1)", p.attributes().get(0).setName());
        assertEquals(new Bounds("1", "64"), p.validateLength());
        assertEquals(new Bounds("0", "10"), p.validateRange());
        assertEquals(new Bounds("1", "5"), p.validateCount());
        assertTrue(p.validateNotNullOrEmpty() && p.validateNotNull());
        assertEquals("System.Collections.Generic.List[string]", p.type());
    }

    @Test
    void helpersAndOtherStatementsAreSkippedButKnown() {
        ModuleText module = parse("""
                Set-StrictMode -Version 2
                function Execute-Command { param($CmdletName) if ($x) { "}" } else { '{' } }
                if ($true) {
                   $inner = 1
                }
                $script:OpenedAt = [Math]::Min(1000, 2000)
                Export-ModuleMember -Function @('Set-Widget') -Alias *
                """ + proxy("[CmdletBinding()]", "    ${Identity}", BODY));
        assertEquals(List.of("Execute-Command"), module.helperFunctions());
        assertEquals(List.of("Set-Widget"), module.exportedFunctions());
        assertEquals(1, module.proxies().size());
        assertEquals(new ModuleConstants(null, null, null, null, null, null, List.of(), List.of(), Map.of(), List.of(),
                List.of()), module.constants(), "a text without constants knows none");
    }

    @Test
    void whatIsNotUnderstoodIsAnErrorWithLineAndColumn() {
        ModuleParseException unknownAttribute = failure(proxy("[CmdletBinding()]",
                "    [ValidateScript({ $_ -gt 1 })]\n    ${Identity}", BODY));
        assertEquals(6, unknownAttribute.line());
        assertTrue(unknownAttribute.getMessage().startsWith("t.psm1:6:"), unknownAttribute.getMessage());
        assertTrue(unknownAttribute.getMessage().contains("[ValidateScript(…)] is not understood"));

        ModuleParseException badBoolean = failure(proxy("[CmdletBinding()]",
                "    [Parameter(Mandatory='yes')]\n    ${Identity}", BODY));
        assertTrue(badBoolean.getMessage().contains("[Parameter] mandatory must be $true, $false"), badBoolean.getMessage());

        ModuleParseException noBatching = failure(proxy("[CmdletBinding()]", "    ${Identity}", "    Process { }"));
        assertTrue(noBatching.getMessage().contains("passes no -EnableBatchingStatus"), noBatching.getMessage());

        ModuleParseException unknownRoute = failure(proxy("[CmdletBinding()]", "    ${Identity}", BODY
                + "\n -ParameterBasedRoutingHintDelegate $x -ParameterBasedRoutingHintParameterValue $Identity"));
        assertTrue(unknownRoute.getMessage().contains("names neither a mailbox-id nor a folder-id rule"));

        ModuleParseException undeclared = failure(proxy("[CmdletBinding()]", "    ${Identity}", BODY
                + "\n -ParameterBasedRoutingHintDelegate $FolderRule -ParameterBasedRoutingHintParameterValue $Mailbox"));
        assertTrue(undeclared.getMessage().contains("routes by $Mailbox, which it does not declare"));

        ModuleParseException impact = failure(proxy("[CmdletBinding(SupportsShouldProcess=$true, ConfirmImpact='Medium')]",
                "    ${Identity}", BODY + "\n $cmdletConfirmImpactValue = 3"));
        assertTrue(impact.getMessage().contains("declares ConfirmImpact='Medium' but its body uses impact value 3"));

        ModuleParseException twice = failure(proxy("[CmdletBinding()]", "    ${Identity},\n    ${identity}", BODY));
        assertTrue(twice.getMessage().contains("declares parameter identity twice"), twice.getMessage());
    }

    @Test
    void brokenTextIsReportedWhereItBreaks() {
        ModuleParseException string = failure("$a = 1\n$b = 'never closed\n");
        assertEquals(2, string.line());
        assertEquals(6, string.column());
        assertTrue(string.getMessage().contains("string opened with ' is never closed"));

        ModuleParseException here = failure("$a = @'\ntext\n");
        assertTrue(here.getMessage().contains("here-string @' is never closed"));

        ModuleParseException block = failure("<# open\n");
        assertTrue(block.getMessage().contains("block comment"));

        ModuleParseException mismatch = failure("function F {\n  (]\n}\n");
        assertEquals("t.psm1:2:4: ']' closes '(' opened at line 2, column 3; the module text is damaged; download it"
                + " again", mismatch.getMessage());

        ModuleParseException unclosed = failure("function F {\n  if ($x) {\n");
        assertTrue(unclosed.getMessage().startsWith("t.psm1:2:11: '{' is never closed"), unclosed.getMessage());

        ModuleParseException tooLarge = assertThrows(ModuleParseException.class,
                () -> ModuleParser.parse(new SourceText("t.psm1", "x".repeat(101)), 100));
        assertTrue(tooLarge.getMessage().contains("more than the 100 accepted"));
    }
}
