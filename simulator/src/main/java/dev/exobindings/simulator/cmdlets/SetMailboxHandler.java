package dev.exobindings.simulator.cmdlets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.exobindings.simulator.protocol.CmdletResult;
import dev.exobindings.simulator.protocol.ErrorBodies;
import dev.exobindings.simulator.protocol.Rows;
import dev.exobindings.simulator.protocol.ServiceError;
import dev.exobindings.simulator.tenant.ByteSizes;
import dev.exobindings.simulator.tenant.Tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Set-Mailbox: changes display name, custom attributes, flags, quotas, forwarding, GrantSendOnBehalfTo and
 * EmailAddresses (replace, or add/remove); other parameters the snapshot accepts are accepted and ignored. Every
 * value is checked before anything changes, so a rejected call changes nothing.
 */
final class SetMailboxHandler {
    private static final List<String> STRINGS = List.of("DisplayName", "Office", "CustomAttribute1",
            "CustomAttribute2", "CustomAttribute3", "ForwardingSmtpAddress");
    private static final List<String> FLAGS = List.of("HiddenFromAddressListsEnabled", "DeliverToMailboxAndForward",
            "LitigationHoldEnabled", "UseDatabaseQuotaDefaults");
    private static final List<String> QUOTAS = List.of("IssueWarningQuota", "ProhibitSendQuota",
            "ProhibitSendReceiveQuota");

    private SetMailboxHandler() {
    }

    static CmdletResult handle(BoundCall call) {
        Tenant tenant = call.tenant();
        int index = Lookups.mailbox(call, call.required("Identity"));
        Map<String, Object> next = tenant.mailboxes().state(index);
        STRINGS.forEach(p -> call.node(p).ifPresent(v -> next.put(p, v.asText())));
        if (call.parameters().containsKey("ForwardingSmtpAddress") && !call.has("ForwardingSmtpAddress")) {
            next.put("ForwardingSmtpAddress", null);
        }
        FLAGS.forEach(p -> call.bool(p).ifPresent(v -> next.put(p, v)));
        for (String quota : QUOTAS) {
            call.string(quota).ifPresent(v -> next.put(quota, quota(quota, v)));
        }
        if (call.parameters().containsKey("GrantSendOnBehalfTo")) {
            next.put("GrantSendOnBehalfTo", MultiValues.apply(list(next.get("GrantSendOnBehalfTo")),
                    call.parameters().get("GrantSendOnBehalfTo")));
        }
        if (call.parameters().containsKey("EmailAddresses")) {
            applyAddresses(call, index, next, call.parameters().get("EmailAddresses"));
        }
        tenant.mailboxes().update(index, state -> {
            state.clear();
            state.putAll(next);
        });
        return CmdletResult.mutated(Rows.none(), List.of(String.valueOf(next.get("Name"))));
    }

    private static void applyAddresses(BoundCall call, int index, Map<String, Object> next, JsonNode change) {
        List<String> before = list(next.get("EmailAddresses"));
        List<String> after = new ArrayList<>();
        String newPrimary = null;
        for (String raw : MultiValues.apply(before, change)) {
            String address = raw.contains(":") ? raw : "smtp:" + raw;
            String prefix = address.substring(0, address.indexOf(':'));
            String value = address.substring(address.indexOf(':') + 1);
            if (prefix.equalsIgnoreCase("smtp")) {
                checkAddress(call, index, value);
                if (prefix.equals("SMTP") && !before.contains(address)) {
                    newPrimary = value;
                }
            }
            after.add(address);
        }
        if (newPrimary != null) {
            String primary = newPrimary;
            after.replaceAll(a -> a.startsWith("SMTP:") && !a.substring(5).equalsIgnoreCase(primary)
                    ? "smtp:" + a.substring(5) : a);
        }
        String primary = after.stream().filter(a -> a.startsWith("SMTP:")).map(a -> a.substring(5)).findFirst()
                .orElseThrow(() -> new ServiceError(ErrorBodies.invalidArgument("EmailAddresses",
                        "EmailAddresses must keep one primary SMTP address (prefix 'SMTP:').")));
        next.put("EmailAddresses", after);
        next.put("PrimarySmtpAddress", primary);
        next.put("WindowsEmailAddress", primary);
    }

    private static void checkAddress(BoundCall call, int index, String address) {
        int at = address.indexOf('@');
        if (at <= 0 || !call.tenant().domains().owns(address.substring(at + 1))) {
            throw new ServiceError(ErrorBodies.invalidArgument("EmailAddresses", "The address '" + address
                    + "' is invalid: its domain isn't an accepted domain of this organization ("
                    + String.join(", ", call.tenant().domains().all()) + ")."));
        }
        OptionalInt owner = call.tenant().mailboxes().find(address);
        if (owner.isPresent() && owner.getAsInt() != index) {
            throw new ServiceError(ErrorBodies.invalidArgument("EmailAddresses", "The proxy address \"SMTP:"
                    + address + "\" is already being used by the proxy addresses or LegacyExchangeDN of \""
                    + Lookups.name(call, owner.getAsInt()) + "\"."));
        }
    }

    private static String quota(String parameter, String value) {
        try {
            var bytes = ByteSizes.parse(value);
            return bytes.isPresent() ? ByteSizes.format(bytes.getAsLong()) : ByteSizes.UNLIMITED;
        } catch (IllegalArgumentException e) {
            throw new ServiceError(ErrorBodies.invalidArgument(parameter, "Cannot bind parameter '" + parameter
                    + "': " + e.getMessage().toLowerCase(Locale.ROOT) + "."));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>((List<String>) l) : new ArrayList<>();
    }
}
