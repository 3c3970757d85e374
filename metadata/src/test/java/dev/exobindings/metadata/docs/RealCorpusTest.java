package dev.exobindings.metadata.docs;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.ValuesOrigin;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static dev.exobindings.metadata.docs.Fixtures.assertNoParameter;
import static dev.exobindings.metadata.docs.Fixtures.in;
import static dev.exobindings.metadata.docs.Fixtures.mandatory;
import static dev.exobindings.metadata.docs.Fixtures.param;
import static dev.exobindings.metadata.docs.Fixtures.positions;
import static dev.exobindings.metadata.docs.Fixtures.setNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values below were read by hand from the pages in the shared docs folder. */
class RealCorpusTest {
    private final DocsImport docs = SharedDocs.imported();

    private Cmdlet exo(String name) {
        return Fixtures.cmdlet(docs.exchangeOnline(), name);
    }

    private static DocsPage page(String name) throws IOException {
        String file = name + ".md";
        return DocsImporter.parsePage(file, Files.readString(SharedDocs.folder().resolve(file), StandardCharsets.UTF_8));
    }

    @Test
    void headlineCountsMatchTheAnalysis() {
        DocsCounts counts = docs.counts();
        assertEquals(1437, counts.pages());
        assertEquals(730, counts.exchangeOnlinePages());
        assertEquals(275, counts.securityCompliancePages());
        assertEquals(15254, counts.parameterSections());
        assertEquals(6863, counts.exchangeOnlineParameterSections());
        assertEquals(730, docs.exchangeOnline().size());
        assertEquals(275, docs.securityCompliance().size());
    }

    @Test
    void cmdletsAreSortedCaseInsensitivelyAndWellFormed() {
        for (List<Cmdlet> list : List.of(docs.exchangeOnline(), docs.securityCompliance())) {
            for (int i = 1; i < list.size(); i++) {
                assertTrue(String.CASE_INSENSITIVE_ORDER.compare(list.get(i - 1).name(), list.get(i).name()) < 0,
                        list.get(i - 1).name() + " before " + list.get(i).name());
            }
            for (Cmdlet c : list) {
                assertTrue(c.name().matches("[A-Za-z]+-[A-Za-z][A-Za-z0-9]*"), c.name());
                for (Parameter p : c.parameters()) {
                    assertFalse(p.name().equalsIgnoreCase("Confirm") || p.name().equalsIgnoreCase("WhatIf"));
                    assertFalse(p.sets().isEmpty(), c.name() + " -" + p.name() + " is in no set");
                    for (ParameterSetMembership m : p.sets()) {
                        assertTrue(c.parameterSets().contains(m.name()), c.name() + " -" + p.name() + " " + m.name());
                    }
                    assertEquals(1, c.parameters().stream().filter(q -> q.name().equalsIgnoreCase(p.name())).count(),
                            c.name() + " -" + p.name() + " twice");
                }
            }
        }
    }

    @Test
    void setMailbox() throws IOException {
        Cmdlet c = exo("Set-Mailbox");
        assertEquals(List.of("Identity", "ExcludeFromAllHolds", "ExcludeFromAllOrgHolds", "ExcludeFromOrgHolds",
                "IsExchangeCloudManaged", "ProvideConsent", "RecalculateInactiveMailbox", "RemoveComplianceTagHoldApplied",
                "RemoveDelayHoldApplied", "RemoveDelayReleaseHoldApplied", "RemoveDisabledArchive", "RemoveOrphanedHolds"),
                c.parameterSets());
        assertEquals("Identity", c.defaultParameterSet());
        assertTrue(c.supportsShouldProcess());
        assertEquals("https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox", c.documentationUrl());
        assertEquals(131, c.parameters().size(), "132 EXO sections - Confirm/WhatIf + syntax-only MessageRecallProcessingEnabled");

        Parameter identity = param(c, "Identity");
        assertEquals(12, identity.sets().size());
        assertTrue(identity.sets().stream().allMatch(m -> m.mandatory() && m.position() == 1
                && !m.valueFromPipeline() && m.valueFromPipelineByPropertyName()));
        assertEquals(List.of("ExcludeFromAllHolds"), setNames(param(c, "ExcludeFromAllHolds")));
        assertEquals(List.of(true), mandatory(param(c, "ExcludeFromAllHolds")));
        assertEquals(List.of(true), mandatory(param(c, "RecalculateInactiveMailbox")));
        assertEquals(List.of("ProvideConsent", "RemoveComplianceTagHoldApplied"), setNames(param(c, "ProvideConsent")));
        assertEquals(List.of(false, false), mandatory(param(c, "ProvideConsent")));
        assertEquals(List.of(true), mandatory(param(c, "IsExchangeCloudManaged")));
        assertEquals("MultiValuedProperty", param(c, "AuditAdmin").type());
        assertEquals("ProxyAddressCollection", param(c, "EmailAddresses").type());
        assertTrue(param(c, "EmailAddresses").multiValued());
        assertEquals(12, param(c, "Type").sets().size());

        Parameter recall = param(c, "MessageRecallProcessingEnabled");
        assertEquals("Boolean", recall.type());
        assertEquals(List.of("RemoveOrphanedHolds"), setNames(recall));
        assertNoParameter(c, "MessageTracking");
        assertNoParameter(c, "AttributesToClear");
        assertNoParameter(c, "DomainController");

        DocsParameter tracking = page("Set-Mailbox").parameters().stream()
                .filter(p -> p.name().equals("MessageTracking")).findFirst().orElseThrow();
        assertFalse(tracking.firstBlock().required(), "Required: FalseNamed");
    }

    @Test
    void newMigrationBatch() {
        Cmdlet c = exo("New-MigrationBatch");
        // LocalPublicFolder needs the on-premises -SourcePublicFolderDatabase: dropped for Exchange Online.
        assertEquals(List.of("Abch", "Analysis", "FolderMove", "GoogleResourceOnboarding", "Local",
                "LocalMailboxRestore", "ManagedGmailTeams", "Offboarding", "Onboarding",
                "PointInTimeRecovery", "PointInTimeRecoveryProvisionOnly", "Preexisting", "PreexistingUserIds",
                "PreexistingUsers", "PublicFolderToUnifiedGroup", "SlackPublicDataConnector", "WorkflowTemplate"),
                c.parameterSets());
        assertNull(c.defaultParameterSet());

        Parameter users = param(c, "Users");
        assertEquals("MultiValuedProperty", users.type());
        assertEquals(List.of("Preexisting", "PreexistingUsers"), setNames(users));
        assertEquals(List.of(true, true), mandatory(users));
        assertEquals(List.of(1, 1), positions(users));

        Parameter csv = param(c, "CSVData");
        assertEquals("Byte[]", csv.type());
        assertFalse(csv.multiValued());
        assertEquals(List.of("Abch", "Analysis", "FolderMove", "GoogleResourceOnboarding", "Local",
                "LocalMailboxRestore", "ManagedGmailTeams", "Offboarding", "Onboarding",
                "PointInTimeRecovery", "PointInTimeRecoveryProvisionOnly", "PublicFolderToUnifiedGroup"), setNames(csv));
        assertEquals(List.of(true, true, true, true, true, true, true, true, false, true, true, true),
                mandatory(csv), "optional only in Onboarding");

        Parameter columns = param(c, "AllowUnknownColumnsInCsv");
        assertEquals(16, columns.sets().size(), "CSV and Csv spellings both match");
        assertTrue(columns.inSet("Preexisting").isEmpty());
        assertEquals("DateTime", param(c, "CompleteAfter").type());
        assertEquals("DateTime", param(c, "StartAfter").type());
        assertEquals(17, param(c, "Name").sets().size());
    }

    @Test
    void newMailbox() {
        Cmdlet c = exo("New-Mailbox");
        // User, AuditLog (need -UserPrincipalName), Linked, LinkedRoomMailbox (-LinkedDomainController) and
        // RemoteArchive (-ArchiveDomain) need on-premises parameters: dropped for Exchange Online.
        assertEquals(16, c.parameterSets().size());
        assertEquals("MicrosoftOnlineServicesID", c.parameterSets().get(0));
        assertEquals("SupervisoryReviewPolicyMailbox", c.parameterSets().get(15));
        assertTrue(c.parameterSets().stream().noneMatch(s -> List.of("User", "AuditLog", "Linked", "LinkedRoomMailbox",
                "RemoteArchive").contains(s)));
        Parameter name = param(c, "Name");
        assertEquals(16, name.sets().size());
        assertTrue(name.sets().stream().allMatch(m -> m.mandatory() && m.position() == 1));
        Parameter password = param(c, "Password");
        assertEquals("SecureString", password.type());
        assertEquals(List.of("MicrosoftOnlineServicesID", "Arbitration", "DisabledUser", "Discovery", "Equipment",
                "FederatedUser", "InactiveMailbox", "Migration", "RemovedMailbox", "Room", "Shared"), setNames(password));
        assertEquals(List.of(true, false, false, false, false, false, false, false, false, false, false),
                mandatory(password));
        assertEquals(List.of("EnableRoomMailboxAccount", "Room"), setNames(param(c, "Room")));
        assertEquals(List.of(true, true), mandatory(param(c, "Room")));
        assertEquals(List.of(true), mandatory(param(c, "Equipment")));
        assertEquals(List.of(true), mandatory(param(c, "Shared")));
        assertEquals(List.of("MicrosoftOnlineServicesID", "EnableRoomMailboxAccount", "MicrosoftOnlineServicesFederatedUser"),
                setNames(param(c, "MicrosoftOnlineServicesID")));
        assertEquals(List.of(true, false, true), mandatory(param(c, "MicrosoftOnlineServicesID")));
    }

    @Test
    void newMigrationEndpointWithSeveralYamlBlocks() {
        Cmdlet c = exo("New-MigrationEndpoint");
        assertEquals(List.of("ExchangeRemoteMoveAutoDiscover", "ExchangeOutlookAnywhereAutoDiscover",
                "ExchangeOutlookAnywhere", "ExchangeRemoteMove", "PSTImport", "IMAP", "Gmail", "GoogleMarketplaceApp",
                "PublicFolder", "Compliance", "MrsProxyPublicFolderToUnifiedGroup", "MrsProxyPublicFolder",
                "LegacyPublicFolderToUnifiedGroup"), c.parameterSets());
        assertNoParameter(c, "ProgressAction");
        Parameter credentials = param(c, "Credentials");
        assertEquals("PSCredential", credentials.type());
        assertEquals(List.of("ExchangeRemoteMoveAutoDiscover", "ExchangeOutlookAnywhereAutoDiscover",
                "ExchangeOutlookAnywhere", "ExchangeRemoteMove", "PSTImport", "PublicFolder", "Compliance",
                "MrsProxyPublicFolderToUnifiedGroup", "MrsProxyPublicFolder", "LegacyPublicFolderToUnifiedGroup"),
                setNames(credentials));
        assertEquals(List.of(true, true, true, false, false, true, true, true, true, true), mandatory(credentials));
        Parameter email = param(c, "EmailAddress");
        assertEquals(List.of("ExchangeRemoteMoveAutoDiscover", "ExchangeOutlookAnywhereAutoDiscover",
                "ExchangeOutlookAnywhere", "Gmail"), setNames(email));
        assertEquals(List.of(true, true, false, false), mandatory(email));
        Parameter legacyDn = param(c, "SourceMailboxLegacyDN");
        assertEquals(List.of("ExchangeOutlookAnywhereAutoDiscover", "ExchangeOutlookAnywhere", "PublicFolder",
                "LegacyPublicFolderToUnifiedGroup"), setNames(legacyDn));
        assertEquals(List.of(false, false, true, true), mandatory(legacyDn));
        assertEquals(List.of(true, true), mandatory(param(c, "ExchangeOutlookAnywhere")));
    }

    @Test
    void getMailbox() throws IOException {
        Cmdlet c = exo("Get-Mailbox");
        assertEquals(List.of("AnrSet", "DatabaseSet", "Identity", "ServerSet", "MailboxPlanSet"), c.parameterSets());
        assertNull(c.defaultParameterSet());
        assertFalse(c.supportsShouldProcess());
        Parameter identity = param(c, "Identity");
        assertEquals(List.of("Identity"), setNames(identity));
        assertEquals(List.of(false), mandatory(identity));
        assertEquals(List.of(1), positions(identity));
        assertTrue(in(identity, "Identity").valueFromPipeline());
        Parameter details = param(c, "RecipientTypeDetails");
        assertEquals("RecipientTypeDetails[]", details.type());
        assertEquals("RecipientTypeDetails", details.elementType());
        assertEquals(5, details.sets().size());
        assertEquals(ValuesOrigin.DOCS_PROSE, details.valuesOrigin());
        assertEquals(List.of("DiscoveryMailbox", "EquipmentMailbox", "GroupMailbox", "LegacyMailbox", "LinkedMailbox",
                "LinkedRoomMailbox", "RoomMailbox", "SchedulingMailbox", "SharedMailbox", "TeamMailbox", "UserMailbox"),
                details.allowedValues());
        assertNoParameter(c, "IgnoreDefaultScope");
        assertNoParameter(c, "Database");
        DocsParameter ignore = page("Get-Mailbox").parameters().stream()
                .filter(p -> p.name().equals("IgnoreDefaultScope")).findFirst().orElseThrow();
        assertFalse(ignore.firstBlock().coversAllSets());
        assertFalse(ignore.firstBlock().names("Identity"), "product names are not set names");
    }

    @Test
    void getMailboxImportRequest() {
        Cmdlet c = exo("Get-MailboxImportRequest");
        assertEquals(List.of("Identity", "Filtering"), c.parameterSets());
        Parameter mailbox = param(c, "Mailbox");
        assertEquals("MailboxLocationIdParameter", mailbox.type());
        assertEquals(List.of("Filtering"), setNames(mailbox), "yaml-only sets MailboxFiltering/MailboxLocationFiltering ignored");
        assertEquals(List.of(false), mandatory(mailbox));
        assertEquals(List.of("Filtering"), setNames(param(c, "Status")));
        assertEquals(List.of(1), positions(param(c, "Identity")));
        assertEquals(List.of(false), mandatory(param(c, "Identity")));
    }

    @Test
    void newMailboxImportRequest() {
        Cmdlet c = exo("New-MailboxImportRequest");
        // Set Default needs the on-premises -FilePath: Exchange Online has the Azure set only, which is its default.
        assertEquals(List.of("AzureImportRequest"), c.parameterSets());
        assertEquals("AzureImportRequest", c.defaultParameterSet());
        assertEquals("MailboxIdParameter", param(c, "MigrationMailbox").type());
        assertEquals(List.of("AzureImportRequest"), setNames(param(c, "AzureStatusPublishEndpointInfo")));
        assertEquals(List.of(true), mandatory(param(c, "Mailbox")));
        assertEquals(List.of(1), positions(param(c, "Mailbox")));
        assertTrue(docs.warnings().stream().anyMatch(w -> w.kind() == DocsWarning.Kind.SET_DROPPED
                && w.fileName().equals("New-MailboxImportRequest.md") && w.detail().contains("-FilePath")));
    }

    @Test
    void getVivaModuleFeaturePolicy() {
        Cmdlet c = exo("Get-VivaModuleFeaturePolicy");
        assertEquals(List.of("FeaturePolicy", "FeaturePolicyWithMembers"), c.parameterSets());
        Parameter feature = param(c, "FeatureId");
        assertEquals(List.of(true, false), mandatory(feature));
        assertEquals(Arrays.asList(null, 0), positions(feature), "positional in syntax although yaml says Named");
        assertEquals(List.of(0), positions(param(c, "PolicyId")), "Position: Positional");
        assertEquals(List.of(1), positions(param(c, "MemberIds")));
        assertEquals("String[]", param(c, "MemberIds").type());
        assertEquals("Unlimited", param(c, "ResultSize").type());
        assertEquals(List.of(true, true), mandatory(param(c, "ModuleId")));
    }

    @Test
    void setRoleGroupPerProduct() throws IOException {
        Cmdlet c = exo("Set-RoleGroup");
        // CrossForest needs the on-premises -LinkedDomainController: dropped for Exchange Online.
        assertEquals(List.of("Default"), c.parameterSets());
        assertEquals(List.of("Identity", "BypassSecurityGroupManagerCheck", "Description", "DisplayName", "Force",
                "ManagedBy", "Name", "WellKnownObject"), Fixtures.names(c));
        Cmdlet sc = Fixtures.cmdlet(docs.securityCompliance(), "Set-RoleGroup");
        assertEquals(Product.SECURITY_COMPLIANCE, sc.product());
        assertEquals(List.of("Identity", "Description", "DisplayName", "Force", "Name"), Fixtures.names(sc));
        DocsParameter linked = page("Set-RoleGroup").parameters().stream()
                .filter(p -> p.name().equals("LinkedCredential")).findFirst().orElseThrow();
        assertFalse(linked.firstBlock().required(), "no Required line");
        assertEquals("PSCredential", linked.firstBlock().type());
    }

    @Test
    void setTenantAllowBlockListItems() {
        Cmdlet c = exo("Set-TenantAllowBlockListItems");
        assertEquals(List.of("Ids", "Entries"), c.parameterSets());
        assertEquals("Ids", c.defaultParameterSet());
        Parameter entries = param(c, "Entries");
        assertEquals(List.of(), entries.aliases(), "no Aliases line");
        assertEquals(List.of("Entries"), setNames(entries));
        assertEquals(List.of(true), mandatory(entries));
        assertEquals("String[]", entries.type());
        assertEquals(List.of(true, true), mandatory(param(c, "ListType")));
        assertEquals(List.of(true, true), mandatory(param(c, "NoExpiration")), "switch with Required: True, (All)");
        assertEquals(List.of(false, false), mandatory(param(c, "Allow")));
    }

    @Test
    void newInboxRule() {
        Cmdlet c = exo("New-InboxRule");
        assertEquals(List.of("Identity", "FromMessage"), c.parameterSets());
        Parameter subscription = param(c, "FromSubscription");
        assertEquals("AggregationSubscriptionIdentity[]", subscription.type(), "syntax-only, typed from the syntax");
        assertEquals(List.of("FromMessage"), setNames(subscription));
        assertEquals("AggregationSubscriptionIdentity[]", param(c, "ExceptIfFromSubscription").type());
        assertEquals(List.of(true), mandatory(param(c, "ValidateOnly")));
        assertEquals(List.of("Low", "Normal", "High"), param(c, "MarkImportance").allowedValues());
        assertEquals(List.of(true), mandatory(param(c, "Name")));
    }

    @Test
    void addMailboxPermission() {
        Cmdlet c = exo("Add-MailboxPermission");
        // Instance needs the on-premises -Instance: dropped for Exchange Online.
        assertEquals(List.of("AccessRights", "Owner"), c.parameterSets());
        assertEquals(List.of(true, true), mandatory(param(c, "Identity")));
        assertEquals(List.of(1, 1), positions(param(c, "Identity")));
        assertEquals(List.of(true), mandatory(param(c, "AccessRights")));
        assertEquals(List.of(true), mandatory(param(c, "User")));
        assertEquals(List.of("ChangeOwner", "ChangePermission", "DeleteItem", "ExternalAccount", "FullAccess",
                "ReadPermission"), param(c, "AccessRights").allowedValues());
        assertEquals("MailboxRights", param(c, "AccessRights").elementType());
        assertNoParameter(c, "Instance");
        assertEquals(List.of(), param(c, "AutoMapping").allowedValues(), "$true/$false is no enum");
    }

    @Test
    void setCalendarProcessing() {
        Cmdlet c = exo("Set-CalendarProcessing");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), c.parameterSets());
        Parameter booking = param(c, "BookingType");
        assertEquals("ResourceBookingType", booking.type());
        assertEquals(List.of("Standard", "Reserved"), booking.allowedValues());
        assertEquals(List.of(true), mandatory(param(c, "Identity")));
    }

    @Test
    void newQuarantinePolicy() {
        Cmdlet c = exo("New-QuarantinePolicy");
        assertEquals(List.of(), param(c, "EsnCustomSubject").aliases());
        Parameter type = param(c, "QuarantinePolicyType");
        assertEquals(List.of("QuarantinePolicy", "GlobalQuarantinePolicy"), type.allowedValues());
        assertEquals(ValuesOrigin.DOCS_ACCEPTED_VALUES, type.valuesOrigin());
        Parameter language = param(c, "AdminNotificationLanguage");
        assertEquals(61, language.allowedValues().size());
        assertEquals("Default", language.allowedValues().get(0));
        assertEquals("Vietnamese", language.allowedValues().get(60));
        assertEquals(List.of(0), positions(param(c, "Name")));
    }

    @Test
    void getUserBriefingConfigWithoutCommonParameters() {
        Cmdlet c = exo("Get-UserBriefingConfig");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), c.parameterSets());
        assertEquals(List.of("Identity", "ResultSize"), Fixtures.names(c));
        assertEquals(List.of(true), mandatory(param(c, "Identity")));
        assertFalse(c.supportsShouldProcess());
    }
}
