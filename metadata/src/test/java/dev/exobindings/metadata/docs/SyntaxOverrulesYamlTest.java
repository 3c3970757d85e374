package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ValuesOrigin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.param;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages whose yaml {@code Type:} disagrees with their SYNTAX and text, read from the shared docs: the syntax and the
 * text win, and each decision is a warning. Expected values were read by hand from the pages.
 */
class SyntaxOverrulesYamlTest {
    private final DocsImport docs = SharedDocs.imported();

    private Parameter exo(String cmdlet, String parameter) {
        return param(Fixtures.cmdlet(docs.exchangeOnline(), cmdlet), parameter);
    }

    @Test
    void recoverableItemsIdentityIsMultiValuedInExchangeOnline() {
        for (String cmdlet : List.of("Get-RecoverableItems", "Restore-RecoverableItems")) {
            Parameter identity = exo(cmdlet, "Identity");
            assertEquals("GeneralMailboxOrMailUserIdParameter[]", identity.type(), cmdlet);
            assertTrue(identity.multiValued(), cmdlet);
            assertEquals("GeneralMailboxOrMailUserIdParameter", identity.elementType(), cmdlet);
        }
    }

    @Test
    void impersonationActionsAreSingleValued() {
        for (String cmdlet : List.of("Set-AntiPhishPolicy", "New-AntiPhishPolicy")) {
            for (String parameter : List.of("TargetedDomainProtectionAction", "TargetedUserProtectionAction")) {
                Parameter action = exo(cmdlet, parameter);
                assertEquals("ImpersonationAction", action.type(), cmdlet + " -" + parameter);
                assertFalse(action.multiValued(), cmdlet + " -" + parameter);
            }
        }
    }

    @Test
    void applicationAccessPolicyRightIsAnEnumWithItsTwoValues() {
        Parameter right = exo("New-ApplicationAccessPolicy", "AccessRight");
        assertEquals("ApplicationAccessPolicyRight", right.type());
        assertEquals(List.of("RestrictAccess", "DenyAccess"), right.allowedValues());
        assertEquals(ValuesOrigin.DOCS_PROSE, right.valuesOrigin());
    }

    @Test
    void aValueListWithAnItemAfterItsParagraphKeepsTheCloudValue() {
        for (String cmdlet : List.of("Get-RecoverableItems", "Restore-RecoverableItems")) {
            assertEquals(List.of("DeletedItems", "RecoverableItems", "PurgedItems", "DiscoveryHoldsItems"),
                    exo(cmdlet, "SourceFolder").allowedValues(), cmdlet);
        }
    }

    @Test
    void aYamlTypeTheTextBacksIsKept() {
        // "You can specify up to 20 values separated by commas": the yaml's MultiValuedProperty stands.
        Parameter domains = exo("New-ExoPhishSimOverrideRule", "Domains");
        assertEquals("MultiValuedProperty", domains.type());
        // Get-RecoverableItems -FilterItemType: yaml and syntax agree.
        assertEquals("String", exo("Get-RecoverableItems", "FilterItemType").type());
    }

    @Test
    void everyOverruleIsAWarningNamingBothTypes() {
        List<DocsWarning> overrules = docs.warnings().stream()
                .filter(w -> w.kind() == DocsWarning.Kind.TYPE_FROM_SYNTAX).toList();
        assertEquals(10, overrules.size());
        assertTrue(overrules.stream().anyMatch(w -> w.reportLine().equals("New-ApplicationAccessPolicy.md:87: yaml type"
                + " overruled by the syntax [Exchange Online]: -AccessRight: ApplicationAccessPolicyIdParameter →"
                + " ApplicationAccessPolicyRight (the text lists values [RestrictAccess, DenyAccess] that the yaml type"
                + " ApplicationAccessPolicyIdParameter cannot hold; the syntax has ApplicationAccessPolicyRight)")));
    }
}
