package dev.exobindings.simulator.tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A distribution group.
 *
 * @param name               unique name
 * @param displayName        display name
 * @param alias              alias
 * @param primarySmtpAddress primary address
 * @param guid               object GUID
 * @param managedBy          owner names
 * @param members            member mailbox indices, in the order they were added
 * @param whenCreated        ISO instant
 */
public record DistributionGroup(String name, String displayName, String alias, String primarySmtpAddress,
                                String guid, List<String> managedBy, List<Integer> members, String whenCreated) {

    public DistributionGroup {
        managedBy = List.copyOf(managedBy);
        members = List.copyOf(members);
    }

    /** A copy with another member list. */
    public DistributionGroup withMembers(List<Integer> newMembers) {
        return new DistributionGroup(name, displayName, alias, primarySmtpAddress, guid, managedBy, newMembers,
                whenCreated);
    }

    /** The Get-DistributionGroup row. */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Name", name);
        row.put("Identity", name);
        row.put("DisplayName", displayName);
        row.put("Alias", alias);
        row.put("PrimarySmtpAddress", primarySmtpAddress);
        row.put("EmailAddresses", List.of("SMTP:" + primarySmtpAddress));
        row.put("RecipientType", "MailUniversalDistributionGroup");
        row.put("RecipientTypeDetails", "MailUniversalDistributionGroup");
        row.put("GroupType", "Universal");
        row.put("ManagedBy", managedBy);
        row.put("MemberJoinRestriction", "Closed");
        row.put("MemberDepartRestriction", "Closed");
        row.put("RequireSenderAuthenticationEnabled", true);
        row.put("Guid", guid);
        row.put("WhenCreated", whenCreated);
        return row;
    }

    /** Whether the identity names this group (name, alias, display name, address or GUID). */
    public boolean isNamedBy(String identity) {
        String id = identity.trim();
        return name.equalsIgnoreCase(id) || alias.equalsIgnoreCase(id) || displayName.equalsIgnoreCase(id)
                || primarySmtpAddress.equalsIgnoreCase(id) || guid.equalsIgnoreCase(id);
    }
}
