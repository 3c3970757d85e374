package dev.exobindings.sample;

import java.util.List;

/**
 * The columns the sample reads; the runtime sends exactly these as {@code $select} and maps each row by name
 * ({@code displayName} ↔ {@code DisplayName}).
 */
public record MailboxRow(String displayName, String userPrincipalName, String recipientTypeDetails,
                         List<String> emailAddresses) {
}
