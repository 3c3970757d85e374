package dev.exobindings.simulator;

import dev.exobindings.metadata.model.Cmdlet;
import dev.exobindings.metadata.model.Header;
import dev.exobindings.metadata.model.Parameter;
import dev.exobindings.metadata.model.ParameterSetMembership;
import dev.exobindings.metadata.model.Product;
import dev.exobindings.metadata.model.Snapshot;
import dev.exobindings.metadata.model.ValuesOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small snapshot built in code: the cmdlets the simulator implements plus a few validate-only ones, with the
 * parameter sets the service uses for them. Starts fast (no 2 MB JSON to read) and keeps a test independent of
 * snapshot regenerations; the default is the bundled Exchange Online snapshot.
 */
public final class BuiltInSnapshot {
    private static final String ID = "Identity";
    private static final String ANR = "AnrSet";
    private static final String ALL = Cmdlet.ALL_PARAMETER_SETS;

    private BuiltInSnapshot() {
    }

    /** The snapshot. */
    public static Snapshot get() {
        List<Cmdlet> cmdlets = new ArrayList<>();
        cmdlets.add(recipientGetter("Get-Mailbox", p("RecipientTypeDetails", "RecipientTypeDetails[]", true, both()),
                sw("Archive", both()), sw("SoftDeletedMailbox", both())));
        cmdlets.add(recipientGetter("Get-CASMailbox", p("RecipientTypeDetails", "RecipientTypeDetails[]", true, both())));
        cmdlets.add(recipientGetter("Get-User", p("RecipientTypeDetails", "RecipientTypeDetails[]", true, both())));
        cmdlets.add(recipientGetter("Get-Recipient", p("RecipientTypeDetails", "RecipientTypeDetails[]", true, both()),
                p("RecipientType", "RecipientType[]", true, both())));
        cmdlets.add(recipientGetter("Get-DistributionGroup"));
        cmdlets.add(cmdlet("Set-Mailbox", ID, true, List.of(ID), identity(true),
                p("DisplayName", "String", false, in(ID)),
                p("EmailAddresses", "ProxyAddressCollection", true, in(ID)),
                p("GrantSendOnBehalfTo", "MultiValuedProperty", true, in(ID)),
                p("HiddenFromAddressListsEnabled", "Boolean", false, in(ID)),
                p("IssueWarningQuota", "Unlimited", false, in(ID)),
                p("ProhibitSendQuota", "Unlimited", false, in(ID)),
                p("ProhibitSendReceiveQuota", "Unlimited", false, in(ID)),
                p("ForwardingSmtpAddress", "ProxyAddress", false, in(ID)),
                p("DeliverToMailboxAndForward", "Boolean", false, in(ID)),
                p("LitigationHoldEnabled", "Boolean", false, in(ID)),
                p("CustomAttribute1", "String", false, in(ID)),
                p("Office", "String", false, in(ID)),
                new Parameter("Type", "ConvertibleMailboxSubType", null, false, false, List.of(),
                        List.of("Regular", "Room", "Equipment", "Shared"), ValuesOrigin.VALIDATE_SET, false, false,
                        List.of(in(ID)))));
        cmdlets.add(cmdlet("Set-CASMailbox", ID, true, List.of(ID), identity(true),
                p("ActiveSyncEnabled", "Boolean", false, in(ID)), p("OWAEnabled", "Boolean", false, in(ID)),
                p("PopEnabled", "Boolean", false, in(ID)), p("ImapEnabled", "Boolean", false, in(ID)),
                p("MAPIEnabled", "Boolean", false, in(ID)), p("EwsEnabled", "Boolean", false, in(ID)),
                p("SmtpClientAuthenticationDisabled", "Boolean", false, in(ID))));
        cmdlets.add(cmdlet("Get-AcceptedDomain", null, false, List.of(ALL),
                p("Identity", "AcceptedDomainIdParameter", false, at(ALL, false, 0))));
        cmdlets.add(cmdlet("New-DistributionGroup", null, true, List.of(ALL),
                p("Name", "String", false, at(ALL, true, 0)), p("DisplayName", "String", false, in(ALL)),
                p("Alias", "String", false, in(ALL)), p("PrimarySmtpAddress", "SmtpAddress", false, in(ALL)),
                p("ManagedBy", "MultiValuedProperty", true, in(ALL)),
                p("Members", "MultiValuedProperty", true, in(ALL)),
                new Parameter("Type", "GroupType", null, false, false, List.of(), List.of("Distribution", "Security"),
                        ValuesOrigin.VALIDATE_SET, false, false, List.of(in(ALL)))));
        cmdlets.add(cmdlet("Remove-DistributionGroup", ID, true, List.of(ID), identity(true),
                sw("BypassSecurityGroupManagerCheck", in(ID))));
        for (String verb : List.of("Add", "Remove")) {
            cmdlets.add(cmdlet(verb + "-DistributionGroupMember", ID, true, List.of(ID), identity(true),
                    p("Member", "RecipientWithAdUserGroupIdParameter", false, in(ID)),
                    sw("BypassSecurityGroupManagerCheck", in(ID))));
        }
        cmdlets.add(cmdlet("Get-DistributionGroupMember", ID, false, List.of(ID), identity(true),
                p("ResultSize", "Unlimited", false, in(ID))));
        cmdlets.add(cmdlet("Get-MailboxPermission", ID, false, List.of(ID), identity(true),
                p("User", "SecurityPrincipalIdParameter", false, in(ID)), p("ResultSize", "Unlimited", false, in(ID))));
        cmdlets.add(cmdlet("Add-MailboxPermission", "AccessRights", true, List.of("AccessRights", "Owner"),
                p("Identity", "MailboxIdParameter", false, at("AccessRights", true, 0), at("Owner", true, 0)),
                new Parameter("AccessRights", "MailboxRights[]", null, true, false, List.of(),
                        List.of("ChangeOwner", "ChangePermission", "DeleteItem", "ExternalAccount", "FullAccess",
                                "ReadPermission"), ValuesOrigin.VALIDATE_SET, false, false,
                        List.of(at("AccessRights", true, null))),
                p("User", "SecurityPrincipalIdParameter", false, at("AccessRights", true, null)),
                p("Owner", "SecurityPrincipalIdParameter", false, at("Owner", true, null)),
                p("AutoMapping", "Boolean", false, in("AccessRights"))));
        cmdlets.add(cmdlet("Get-MailboxStatistics", ID, false, List.of(ID), identity(true),
                sw("Archive", in(ID))));
        cmdlets.add(cmdlet("Get-OrganizationConfig", null, false, List.of(ALL)));
        cmdlets.add(cmdlet("Set-OrganizationConfig", null, true, List.of(ALL),
                p("AuditDisabled", "Boolean", false, in(ALL)),
                p("OAuth2ClientProfileEnabled", "Boolean", false, in(ALL))));
        cmdlets.add(cmdlet("New-MailContact", null, true, List.of(ALL),
                p("Name", "String", false, at(ALL, true, 0)),
                p("ExternalEmailAddress", "ProxyAddress", false, at(ALL, true, null)),
                p("DisplayName", "String", false, in(ALL))));
        return new Snapshot(new Header(Header.CURRENT_FORMAT_VERSION, "simulator-built-in", Product.EXCHANGE_ONLINE,
                "2026-11-26", List.of(), Map.of("cmdlets", cmdlets.size())), cmdlets);
    }

    private static Cmdlet recipientGetter(String name, Parameter... extra) {
        List<Parameter> parameters = new ArrayList<>(List.of(
                p("Identity", "RecipientIdParameter", false, at(ID, false, 0)),
                p("Anr", "String", false, at(ANR, true, null)),
                p("Filter", "String", false, both()),
                p("ResultSize", "Unlimited", false, both())));
        parameters.addAll(List.of(extra));
        return cmdlet(name, ID, false, List.of(ANR, ID), parameters.toArray(Parameter[]::new));
    }

    private static Cmdlet cmdlet(String name, String defaultSet, boolean shouldProcess, List<String> sets,
                                 Parameter... parameters) {
        String[] verbNoun = name.split("-", 2);
        return new Cmdlet(name, verbNoun[0], verbNoun[1], Product.EXCHANGE_ONLINE, defaultSet,
null, shouldProcess, List.of(), sets, List.of(parameters));
    }

    private static Parameter identity(boolean mandatory) {
        return new Parameter("Identity", "MailboxIdParameter", null, false, false, List.of(), List.of(),
                ValuesOrigin.NONE, false, false,
                List.of(new ParameterSetMembership(ID, mandatory, 0, true, false)));
    }

    private static Parameter p(String name, String type, boolean multi, ParameterSetMembership... sets) {
        return new Parameter(name, type, null, multi, false, List.of(), List.of(), ValuesOrigin.NONE, false, false,
                List.of(sets));
    }

    private static Parameter p(String name, String type, boolean multi, List<ParameterSetMembership> sets) {
        return p(name, type, multi, sets.toArray(ParameterSetMembership[]::new));
    }

    private static Parameter sw(String name, ParameterSetMembership... sets) {
        return new Parameter(name, "SwitchParameter", null, false, true, List.of(), List.of(), ValuesOrigin.NONE,
                false, false, List.of(sets));
    }

    private static Parameter sw(String name, List<ParameterSetMembership> sets) {
        return sw(name, sets.toArray(ParameterSetMembership[]::new));
    }

    private static List<ParameterSetMembership> both() {
        return List.of(in(ANR), in(ID));
    }

    private static ParameterSetMembership in(String set) {
        return at(set, false, null);
    }

    private static ParameterSetMembership at(String set, boolean mandatory, Integer position) {
        return new ParameterSetMembership(set, mandatory, position, false, false);
    }
}
