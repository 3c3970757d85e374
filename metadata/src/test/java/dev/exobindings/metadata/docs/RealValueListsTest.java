package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ValuesOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.param;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Prose value lists on the real pages: the misfires found by reading the pages (each one now has no list) and real
 * enums that the repairs keep whole. Expected values and counts were read or measured by hand.
 */
class RealValueListsTest {
    private final DocsImport docs = SharedDocs.imported();

    private Parameter exo(String cmdlet, String parameter) {
        return param(Fixtures.cmdlet(docs.exchangeOnline(), cmdlet), parameter);
    }

    private Parameter sc(String cmdlet, String parameter) {
        return param(Fixtures.cmdlet(docs.securityCompliance(), cmdlet), parameter);
    }

    @ParameterizedTest(name = "{0} -{1}")
    @CsvSource({
            "Set-Mailbox, EmailAddresses",              // address-type prefix examples (SMTP/smtp/X400/X500)
            "Set-UnifiedGroup, EmailAddresses",         // address-type prefix examples (SMTP/smtp/SPO)
            "New-SyncMailPublicFolder, EmailAddresses", // ProxyAddress[]
            "Get-TenantAllowBlockListItems, Entry",     // keyed by the ListType parameter: formats, not values
            "Export-MailboxDiagnosticLogs, ComponentName", // values depend on the mailbox
            "Test-DataClassification, ClassificationNames" // identity forms (Name, Id)
    })
    void exchangeOnlineMisfiresHaveNoList(String cmdlet, String parameter) {
        Parameter p = exo(cmdlet, parameter);
        assertEquals(List.of(), p.allowedValues());
        assertEquals(ValuesOrigin.NONE, p.valuesOrigin());
    }

    @ParameterizedTest(name = "{0} -{1}")
    @CsvSource({
            "New-ProtectionAlert, AlertBy",                 // one case of a list keyed by ThreatType
            "Set-RetentionCompliancePolicy, Applications"   // Group:Exchange-style strings, once cut to "Group"
    })
    void securityComplianceMisfiresHaveNoList(String cmdlet, String parameter) {
        Parameter p = sc(cmdlet, parameter);
        assertEquals(List.of(), p.allowedValues());
        assertEquals(ValuesOrigin.NONE, p.valuesOrigin());
    }

    @Test
    void nullItemIsDroppedFromARealEnum() {
        assertEquals(List.of("Ignore", "RetryThenBlock"), sc("New-DlpComplianceRule", "RuleErrorAction").allowedValues());
        assertEquals(List.of("EncryptionOnly", "CertificateValidation", "DomainValidation"),
                exo("Set-OutboundConnector", "TlsSettings").allowedValues());
        assertEquals(List.of("Organizer", "Coorganizers", "Presenters"), sc("Set-Label", "TeamsWhoCanRecord").allowedValues());
    }

    @Test
    void bulletAfterABlankLineStaysInTheList() {
        assertEquals(List.of("Browser", "CopilotExperiences", "Application", "Network"),
                sc("New-DlpCompliancePolicy", "EnforcementPlanes").allowedValues());
    }

    @Test
    void realEnumsStay() {
        assertEquals(List.of("Enabled", "Disabled", "Scheduled"),
                exo("Set-MailboxAutoReplyConfiguration", "AutoReplyState").allowedValues());
        assertEquals(List.of("APC", "AUS", "CAN", "EUR", "FRA", "GBR", "IND", "JPN", "LAM", "NAM"),
                sc("New-ComplianceSecurityFilter", "Region").allowedValues());
        assertEquals(List.of("Opt-in", "Opt-out"), exo("Set-DefaultTenantBriefingConfig", "IsEnabledByDefault").allowedValues());
    }

    @Test
    void proseListCounts() {
        assertEquals(424, docs.counts().exchangeOnlineProseValuesParameters());
        assertEquals(181, docs.securityCompliance().stream().map(Cmdlet::parameters).flatMap(List::stream)
                .filter(p -> p.valuesOrigin() == ValuesOrigin.DOCS_PROSE).count());
    }
}
