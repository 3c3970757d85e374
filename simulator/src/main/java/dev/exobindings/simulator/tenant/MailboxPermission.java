package dev.exobindings.simulator.tenant;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One mailbox permission entry.
 *
 * @param mailbox      the mailbox's name
 * @param user         the trustee
 * @param accessRights rights, e.g. FullAccess
 * @param inherited    whether inherited
 * @param deny         whether a deny entry
 */
public record MailboxPermission(String mailbox, String user, List<String> accessRights, boolean inherited,
                                boolean deny) {

    public MailboxPermission {
        accessRights = List.copyOf(accessRights);
    }

    /**
     * The Get-MailboxPermission row: the properties of the CSDL type {@code MailboxPermission} (PermissionId,
     * MailboxIdentity, User, IsOwner, PermissionList of MailboxPermissionInfo), then the cmdlet's classic columns.
     */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("PermissionId", mailbox + "\\" + user);
        row.put("MailboxIdentity", mailbox);
        row.put("IsOwner", user.equals("NT AUTHORITY\\SELF"));
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("AccessRights", accessRights);
        info.put("IsInherited", inherited);
        info.put("Deny", deny);
        info.put("InheritanceType", "All");
        row.put("PermissionList", List.of(info));
        row.put("Identity", mailbox);
        row.put("User", user);
        row.put("AccessRights", accessRights);
        row.put("IsInherited", inherited);
        row.put("Deny", deny);
        row.put("InheritanceType", "All");
        return row;
    }
}
