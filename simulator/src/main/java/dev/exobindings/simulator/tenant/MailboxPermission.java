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

    /** The Get-MailboxPermission row. */
    public Map<String, Object> row() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Identity", mailbox);
        row.put("User", user);
        row.put("AccessRights", accessRights);
        row.put("IsInherited", inherited);
        row.put("Deny", deny);
        row.put("InheritanceType", "All");
        return row;
    }
}
