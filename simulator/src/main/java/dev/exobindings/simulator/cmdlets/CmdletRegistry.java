package dev.exobindings.simulator.cmdlets;

import dev.exobindings.simulator.protocol.CmdletResult;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The cmdlets with real semantics. Every other cmdlet of the snapshot is validated and answers an empty success.
 */
public final class CmdletRegistry {
    private static final CmdletHandler VALIDATE_ONLY = call -> CmdletResult.empty();

    private final Map<String, CmdletHandler> handlers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private CmdletRegistry() {
    }

    /** The built-in handlers. */
    public static CmdletRegistry standard() {
        CmdletRegistry registry = new CmdletRegistry();
        registry.handlers.put("Get-Mailbox", MailboxReadHandlers::getMailbox);
        registry.handlers.put("Set-Mailbox", SetMailboxHandler::handle);
        registry.handlers.put("Get-CASMailbox", MailboxReadHandlers::getCasMailbox);
        registry.handlers.put("Set-CASMailbox", SetCasMailboxHandler::handle);
        registry.handlers.put("Get-User", MailboxReadHandlers::getUser);
        registry.handlers.put("Get-MailboxStatistics", MailboxReadHandlers::getMailboxStatistics);
        registry.handlers.put("Get-Recipient", RecipientHandlers::getRecipient);
        registry.handlers.put("Get-AcceptedDomain", RecipientHandlers::getAcceptedDomain);
        registry.handlers.put("New-DistributionGroup", DistributionGroupHandlers::newGroup);
        registry.handlers.put("Get-DistributionGroup", DistributionGroupHandlers::getGroup);
        registry.handlers.put("Remove-DistributionGroup", DistributionGroupHandlers::removeGroup);
        registry.handlers.put("Add-DistributionGroupMember", GroupMemberHandlers::add);
        registry.handlers.put("Remove-DistributionGroupMember", GroupMemberHandlers::remove);
        registry.handlers.put("Get-DistributionGroupMember", GroupMemberHandlers::get);
        registry.handlers.put("Get-MailboxPermission", MailboxPermissionHandlers::get);
        registry.handlers.put("Add-MailboxPermission", MailboxPermissionHandlers::add);
        registry.handlers.put("Get-ComplianceSearch", ComplianceHandlers::getSearch);
        registry.handlers.put("New-ComplianceSearch", ComplianceHandlers::newSearch);
        registry.handlers.put("Remove-ComplianceSearch", ComplianceHandlers::removeSearch);
        registry.handlers.put("Get-DlpCompliancePolicy", ComplianceHandlers::getDlpPolicy);
        registry.handlers.put("Get-RetentionCompliancePolicy", ComplianceHandlers::getRetentionPolicy);
        registry.handlers.put("Get-Label", ComplianceHandlers::getLabel);
        return registry;
    }

    /** The handler for a cmdlet; the validate-only handler when none is registered. */
    public CmdletHandler handler(String cmdlet) {
        return handlers.getOrDefault(cmdlet, VALIDATE_ONLY);
    }

    /** Names of the cmdlets with real semantics. */
    public Set<String> implemented() {
        return Set.copyOf(handlers.keySet().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
