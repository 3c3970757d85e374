package dev.exobindings.metadata.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.exobindings.metadata.BundledSnapshots;
import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.SourceKind;
import dev.exobindings.metadata.model.ValuesOrigin;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts of the pages the corpus analysis calls tricky, as they come out of the merged Exchange Online snapshot.
 * Expected values were looked up by hand in EXO-catalog.json (sets, mandatory, position, pipeline, default set)
 * and in the markdown pages (types, value lists); docs-only cmdlets come from their page alone. A parameter's
 * memberships follow the cmdlet's set order (the catalog's order of first appearance), not the order the
 * catalog lists them for that parameter.
 */
class TrickyPagesMergedTest {
    private static final List<SourceKind> BOTH = List.of(SourceKind.DOCS, SourceKind.CATALOG);
    private static final List<SourceKind> DOCS = List.of(SourceKind.DOCS);

    private static Cmdlet cmdlet(String name) {
        return BundledSnapshots.exchangeOnline().cmdlet(name).orElseThrow(() -> new AssertionError(name));
    }

    private static Parameter parameter(Cmdlet cmdlet, String name) {
        return cmdlet.parameter(name).orElseThrow(() -> new AssertionError(cmdlet.name() + " -" + name));
    }

    private static ParameterSetMembership in(Parameter parameter, String set) {
        return parameter.inSet(set).orElseThrow(() -> new AssertionError(parameter.name() + " not in " + set));
    }

    private static List<String> sets(Parameter parameter) {
        return parameter.sets().stream().map(ParameterSetMembership::name).toList();
    }

    private static void assertMembership(Parameter parameter, String set, boolean mandatory, Integer position,
                                         boolean byValue, boolean byPropertyName) {
        ParameterSetMembership m = in(parameter, set);
        assertEquals(mandatory, m.mandatory(), parameter.name() + " mandatory in " + set);
        assertEquals(position, m.position(), parameter.name() + " position in " + set);
        assertEquals(byValue, m.valueFromPipeline(), parameter.name() + " by value in " + set);
        assertEquals(byPropertyName, m.valueFromPipelineByPropertyName(), parameter.name() + " by name in " + set);
    }

    @Test
    void setMailbox() {
        Cmdlet c = cmdlet("Set-Mailbox");
        assertEquals(BOTH, c.sources());
        assertEquals(20, c.parameterSets().size());
        assertEquals(List.of("ExcludeFromAllHolds", "ExcludeFromAllOrgHolds", "ExcludeFromOrgHolds", "Identity"),
                c.parameterSets().subList(0, 4));
        assertEquals("Identity", c.defaultParameterSet());
        assertTrue(c.supportsShouldProcess());
        Parameter identity = parameter(c, "Identity");
        assertEquals("MailboxIdParameter", identity.type());
        assertEquals(20, identity.sets().size());
        assertMembership(identity, "Identity", true, 0, true, true);
        assertMembership(identity, "ProvideConsent", true, 0, true, true);
        Parameter groupMailbox = parameter(c, "GroupMailbox");
        assertTrue(groupMailbox.isSwitch());
        assertEquals("SwitchParameter", groupMailbox.type());
        assertEquals(20, groupMailbox.sets().size());
        assertMembership(groupMailbox, "Identity", false, null, false, false);
        Parameter emailAddresses = parameter(c, "EmailAddresses");
        assertEquals("ProxyAddressCollection", emailAddresses.type());
        assertTrue(emailAddresses.multiValued());
        assertEquals("Unlimited", parameter(c, "ProhibitSendQuota").type());
        Parameter removeDelayHold = parameter(c, "RemoveDelayHoldApplied");
        assertEquals(List.of("RemoveDelayHoldApplied"), sets(removeDelayHold));
        assertMembership(removeDelayHold, "RemoveDelayHoldApplied", true, null, false, false);
        assertEquals("https://learn.microsoft.com/powershell/module/exchangepowershell/set-mailbox",
                c.documentationUrl());
    }

    @Test
    void newMigrationBatch() {
        Cmdlet c = cmdlet("New-MigrationBatch");
        assertEquals("Onboarding", c.defaultParameterSet());
        assertEquals(17, c.parameterSets().size());
        Parameter name = parameter(c, "Name");
        assertEquals("String", name.type());
        assertEquals(17, name.sets().size());
        assertMembership(name, "Onboarding", true, null, false, false);
        Parameter csv = parameter(c, "CSVData");
        assertEquals("Byte[]", csv.type());
        assertFalse(csv.multiValued());
        assertEquals(List.of("Onboarding", "Offboarding", "Local", "GoogleResourceOnboarding", "ManagedGmailTeams",
                "Analysis", "PublicFolderToUnifiedGroup", "FolderMove", "PointInTimeRecovery",
                "PointInTimeRecoveryProvisionOnly", "LocalMailboxRestore"), sets(csv));
        assertMembership(csv, "Onboarding", false, null, false, false);
        assertMembership(csv, "Offboarding", true, null, false, false);
        Parameter users = parameter(c, "Users");
        assertEquals("MultiValuedProperty", users.type());
        assertTrue(users.multiValued());
        assertEquals(List.of("PreexistingUsers"), sets(users));
        assertMembership(users, "PreexistingUsers", true, 0, true, true);
        assertEquals("MigrationEndpointIdParameter", parameter(c, "TargetEndpoint").type());
        assertEquals(List.of("Offboarding"), sets(parameter(c, "TargetEndpoint")));
        assertEquals("DateTime", parameter(c, "StartAfter").type());
        assertEquals("AllowUnknownColumnsInCSV", parameter(c, "allowunknowncolumnsincsv").name());
    }

    @Test
    void newMailbox() {
        Cmdlet c = cmdlet("New-Mailbox");
        assertEquals("User", c.defaultParameterSet());
        assertEquals(27, c.parameterSets().size());
        Parameter name = parameter(c, "Name");
        assertEquals(27, name.sets().size());
        assertMembership(name, "User", true, 0, false, true);
        assertMembership(name, "Room", true, 0, false, true);
        Parameter password = parameter(c, "Password");
        assertEquals("SecureString", password.type());
        assertEquals(19, password.sets().size());
        assertMembership(password, "User", true, null, false, false);
        assertMembership(password, "WindowsLiveID", true, null, false, false);
        assertMembership(password, "RemoteArchive", true, null, false, false);
        assertMembership(password, "Room", false, null, false, false);
        Parameter room = parameter(c, "Room");
        assertTrue(room.isSwitch());
        assertEquals(List.of("EnableRoomMailboxAccount", "Room"), sets(room));
        assertMembership(room, "EnableRoomMailboxAccount", true, null, false, false);
        assertEquals(List.of("Shared"), sets(parameter(c, "Shared")));
        assertMembership(parameter(c, "Shared"), "Shared", true, null, false, false);
        Parameter msoId = parameter(c, "MicrosoftOnlineServicesID");
        assertEquals("WindowsLiveId", msoId.type());
        assertEquals(List.of("EnableRoomMailboxAccount", "MicrosoftOnlineServicesFederatedUser",
                "MicrosoftOnlineServicesID"), sets(msoId));
        assertMembership(msoId, "EnableRoomMailboxAccount", false, null, false, false);
    }

    @Test
    void newMigrationEndpoint() {
        Cmdlet c = cmdlet("New-MigrationEndpoint");
        assertEquals("ExchangeRemoteMove", c.defaultParameterSet());
        assertEquals(14, c.parameterSets().size());
        Parameter credentials = parameter(c, "Credentials");
        assertEquals("PSCredential", credentials.type());
        assertEquals(11, credentials.sets().size());
        assertMembership(credentials, "ExchangeOutlookAnywhere", true, null, false, false);
        assertMembership(credentials, "ExchangeRemoteMove", false, null, false, false);
        assertMembership(credentials, "IMAP", false, null, false, false);
        Parameter email = parameter(c, "EmailAddress");
        assertEquals("SmtpAddress", email.type());
        assertEquals(List.of("ExchangeOutlookAnywhere", "ExchangeOutlookAnywhereAutoDiscover",
                "ExchangeRemoteMoveAutoDiscover", "Gmail"), sets(email));
        assertMembership(email, "Gmail", false, null, false, false);
        assertMembership(email, "ExchangeRemoteMoveAutoDiscover", true, null, false, false);
        Parameter legacyDn = parameter(c, "SourceMailboxLegacyDN");
        assertEquals("String", legacyDn.type());
        assertMembership(legacyDn, "PublicFolder", true, null, false, false);
        assertMembership(legacyDn, "ExchangeOutlookAnywhere", false, null, false, false);
        Parameter remoteServer = parameter(c, "RemoteServer");
        assertEquals("Fqdn", remoteServer.type());
        assertEquals(7, remoteServer.sets().size());
        assertTrue(remoteServer.sets().stream().allMatch(ParameterSetMembership::mandatory));
        assertTrue(c.parameter("ProgressAction").isEmpty());
    }

    @Test
    void getMailbox() {
        Cmdlet c = cmdlet("Get-Mailbox");
        assertEquals(List.of("AnrSet", "Identity", "MailboxPlanSet"), c.parameterSets());
        assertEquals("Identity", c.defaultParameterSet());
        Parameter identity = parameter(c, "Identity");
        assertEquals("MailboxIdParameter", identity.type());
        assertEquals(List.of("Identity"), sets(identity));
        assertMembership(identity, "Identity", false, 0, true, true);
        assertEquals(List.of("AnrSet"), sets(parameter(c, "Anr")));
        assertEquals("Unlimited", parameter(c, "ResultSize").type());
        assertEquals(3, parameter(c, "ResultSize").sets().size());
        Parameter details = parameter(c, "RecipientTypeDetails");
        assertEquals("RecipientTypeDetails[]", details.type());
        assertEquals("RecipientTypeDetails", details.elementType());
        assertTrue(details.multiValued());
        assertTrue(c.parameter("IgnoreDefaultScope").isEmpty(), "on-premises only");
    }

    @Test
    void getMailboxImportRequestIsDocsOnly() {
        Cmdlet c = cmdlet("Get-MailboxImportRequest");
        assertEquals(DOCS, c.sources());
        assertEquals(List.of("Identity", "Filtering"), c.parameterSets());
        assertNull(c.defaultParameterSet());
        Parameter identity = parameter(c, "Identity");
        assertEquals("MailboxImportRequestIdParameter", identity.type());
        assertEquals(List.of("Identity"), sets(identity));
        assertEquals(1, in(identity, "Identity").position());
        assertFalse(in(identity, "Identity").mandatory());
        Parameter mailbox = parameter(c, "Mailbox");
        assertEquals("MailboxLocationIdParameter", mailbox.type());
        assertEquals(List.of("Filtering"), sets(mailbox));
        assertEquals(List.of("Filtering"), sets(parameter(c, "BatchName")));
        assertTrue(c.parameter("DomainController").isEmpty());
        assertTrue(c.parameter("Database").isEmpty());
    }

    @Test
    void newMailboxImportRequestIsDocsOnly() {
        Cmdlet c = cmdlet("New-MailboxImportRequest");
        assertEquals(DOCS, c.sources());
        // Set Default needs -FilePath, which is on-premises only: the cmdlet has the Azure set alone in Exchange Online.
        assertEquals(List.of("AzureImportRequest"), c.parameterSets());
        assertEquals("AzureImportRequest", c.defaultParameterSet());
        assertTrue(c.supportsShouldProcess());
        Parameter mailbox = parameter(c, "Mailbox");
        assertEquals("MailboxLocationIdParameter", mailbox.type());
        assertEquals(true, in(mailbox, "AzureImportRequest").mandatory());
        assertEquals(1, in(mailbox, "AzureImportRequest").position());
        assertEquals("MailboxIdParameter", parameter(c, "MigrationMailbox").type());
        Parameter uri = parameter(c, "AzureBlobStorageAccountUri");
        assertEquals("Uri", uri.type());
        assertEquals(List.of("AzureImportRequest"), sets(uri));
        assertTrue(in(uri, "AzureImportRequest").mandatory());
        assertTrue(c.parameter("FilePath").isEmpty(), "on-premises only");
        assertEquals("SkippableMergeComponent", parameter(c, "SkipMerging").elementType());
    }

    @Test
    void getVivaModuleFeaturePolicyIsDocsOnly() {
        Cmdlet c = cmdlet("Get-VivaModuleFeaturePolicy");
        assertEquals(DOCS, c.sources());
        assertEquals(List.of("FeaturePolicy", "FeaturePolicyWithMembers"), c.parameterSets());
        Parameter featureId = parameter(c, "FeatureId");
        assertMembership(featureId, "FeaturePolicy", true, null, false, false);
        assertMembership(featureId, "FeaturePolicyWithMembers", false, 0, false, false);
        Parameter policyId = parameter(c, "PolicyId");
        assertEquals(List.of("FeaturePolicy"), sets(policyId));
        assertMembership(policyId, "FeaturePolicy", false, 0, false, false);
        assertMembership(parameter(c, "ModuleId"), "FeaturePolicyWithMembers", true, null, false, false);
        assertEquals("Unlimited", parameter(c, "ResultSize").type());
        assertEquals("String[]", parameter(c, "MemberIds").type());
    }

    @Test
    void setRoleGroup() {
        Cmdlet c = cmdlet("Set-RoleGroup");
        assertEquals(BOTH, c.sources());
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), c.parameterSets());
        assertNull(c.defaultParameterSet());
        Parameter identity = parameter(c, "Identity");
        assertEquals("RoleGroupIdParameter", identity.type());
        assertMembership(identity, Cmdlet.ALL_PARAMETER_SETS, true, 0, true, true);
        assertTrue(c.parameter("LinkedCredential").isEmpty());
        assertEquals("MultiValuedProperty", parameter(c, "ManagedBy").type());
        assertMembership(parameter(c, "Name"), Cmdlet.ALL_PARAMETER_SETS, false, null, false, false);
    }

    @Test
    void setTenantAllowBlockListItems() {
        Cmdlet c = cmdlet("Set-TenantAllowBlockListItems");
        assertEquals(List.of("Entries", "Ids"), c.parameterSets());
        assertEquals("Ids", c.defaultParameterSet());
        Parameter entries = parameter(c, "Entries");
        assertEquals("String[]", entries.type());
        assertEquals(List.of("Entries"), sets(entries));
        assertMembership(entries, "Entries", true, null, false, false);
        assertMembership(parameter(c, "Ids"), "Ids", true, null, false, false);
        Parameter listType = parameter(c, "ListType");
        assertEquals("ListType", listType.type());
        assertMembership(listType, "Entries", true, null, false, false);
        assertMembership(listType, "Ids", true, null, false, false);
        Parameter noExpiration = parameter(c, "NoExpiration");
        assertTrue(noExpiration.isSwitch());
        assertMembership(noExpiration, "Ids", false, null, false, false);
        assertEquals("DateTime", parameter(c, "ExpirationDate").type());
    }

    @Test
    void newInboxRule() {
        Cmdlet c = cmdlet("New-InboxRule");
        assertEquals(List.of("Identity", "FromMessage"), c.parameterSets());
        assertEquals("Identity", c.defaultParameterSet());
        Parameter name = parameter(c, "Name");
        assertEquals(List.of("Identity"), sets(name));
        assertMembership(name, "Identity", true, 0, false, false);
        assertEquals("MailboxIdParameter", parameter(c, "Mailbox").type());
        assertEquals(List.of("Identity", "FromMessage"), sets(parameter(c, "Mailbox")));
        assertTrue(c.parameter("FromSubscription").isEmpty(), "syntax-only in docs, unknown to the service");
        assertEquals("Boolean", parameter(c, "BulkCategory").type());
        assertEquals("String[]", parameter(c, "AssignedCategories").type());
        Parameter validateOnly = parameter(c, "ValidateOnly");
        assertTrue(validateOnly.isSwitch());
        assertMembership(validateOnly, "FromMessage", true, null, false, false);
        assertEquals("Boolean", parameter(c, "IsExternal").type(), "catalog-only parameter keeps the proxy type");
    }

    @Test
    void addMailboxPermission() {
        Cmdlet c = cmdlet("Add-MailboxPermission");
        assertEquals(List.of("Instance", "AccessRights", "Owner", "ResetDefault", "ClearAutoMapping"),
                c.parameterSets());
        assertEquals("AccessRights", c.defaultParameterSet());
        Parameter identity = parameter(c, "Identity");
        assertEquals("MailboxIdParameter", identity.type());
        assertMembership(identity, "Instance", false, 0, false, false);
        assertMembership(identity, "AccessRights", true, 0, false, true);
        assertMembership(identity, "Owner", true, 0, false, true);
        Parameter accessRights = parameter(c, "AccessRights");
        assertEquals("MailboxRights[]", accessRights.type());
        assertTrue(accessRights.multiValued());
        assertEquals(List.of("Instance", "AccessRights"), sets(accessRights));
        assertMembership(accessRights, "Instance", false, null, false, false);
        assertMembership(accessRights, "AccessRights", true, null, false, false);
        Parameter user = parameter(c, "User");
        assertEquals("SecurityPrincipalIdParameter", user.type());
        assertMembership(user, "AccessRights", true, null, false, false);
        assertEquals(List.of("Owner"), sets(parameter(c, "Owner")));
        assertEquals("Boolean", parameter(c, "AutoMapping").type());
    }

    @Test
    void setCalendarProcessing() {
        Cmdlet c = cmdlet("Set-CalendarProcessing");
        assertEquals(List.of("Identity"), c.parameterSets());
        assertEquals("Identity", c.defaultParameterSet());
        assertMembership(parameter(c, "Identity"), "Identity", true, 0, true, true);
        assertEquals("MailboxIdParameter", parameter(c, "Identity").type());
        Parameter bookingType = parameter(c, "BookingType");
        assertEquals("ResourceBookingType", bookingType.type(), "docs write <ResourceBookingType>");
        assertEquals("CalendarProcessingFlags", parameter(c, "AutomateProcessing").type());
        assertEquals("Int32", parameter(c, "BookingWindowInDays").type());
        assertEquals("Boolean", parameter(c, "ProcessExternalMeetingMessages").type());
    }

    @Test
    void newQuarantinePolicy() {
        Cmdlet c = cmdlet("New-QuarantinePolicy");
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), c.parameterSets());
        assertMembership(parameter(c, "Name"), Cmdlet.ALL_PARAMETER_SETS, true, 0, false, false);
        Parameter subject = parameter(c, "EsnCustomSubject");
        assertEquals("MultiValuedProperty", subject.type());
        assertEquals(List.of(), subject.aliases(), "the docs' alias MultiValuedProperty is really a type");
        Parameter policyType = parameter(c, "QuarantinePolicyType");
        assertEquals("QuarantinePolicyType", policyType.type());
        assertEquals(List.of("QuarantinePolicy", "GlobalQuarantinePolicy"), policyType.allowedValues());
        assertEquals(ValuesOrigin.DOCS_ACCEPTED_VALUES, policyType.valuesOrigin());
        assertEquals("Int32", parameter(c, "EndUserQuarantinePermissionsValue").type());
    }

    @Test
    void getUserBriefingConfigIsDocsOnly() {
        Cmdlet c = cmdlet("Get-UserBriefingConfig");
        assertEquals(DOCS, c.sources());
        assertEquals(List.of(Cmdlet.ALL_PARAMETER_SETS), c.parameterSets());
        assertNull(c.defaultParameterSet());
        Parameter identity = parameter(c, "Identity");
        assertEquals("String", identity.type());
        assertMembership(identity, Cmdlet.ALL_PARAMETER_SETS, true, null, false, false);
        assertEquals("Unlimited", parameter(c, "ResultSize").type());
        assertEquals(2, c.parameters().size());
    }

    @Test
    void catalogValidateSetWinsAndCatalogOnlyCmdletsKeepTheirSource() {
        Cmdlet trace = cmdlet("Get-MessageTraceV2");
        Parameter filterType = parameter(trace, "SubjectFilterType");
        assertEquals(List.of("contains", "startswith", "endswith"), filterType.allowedValues());
        assertEquals(ValuesOrigin.VALIDATE_SET, filterType.valuesOrigin());
        Cmdlet location = cmdlet("Add-MailboxLocation");
        assertEquals(List.of(SourceKind.CATALOG), location.sources());
        assertNull(location.documentationUrl());
        assertEquals("Set-CASMailboxPlan", cmdlet("set-casmailboxplan").name(), "docs spelling of the name");
    }
}
