package dev.exobindings.generator.model;

import dev.exobindings.metadata.data.DataTable;
import java.util.Locale;

/**
 * Which enums are flags enums (values combine: {@code -IncludedRecipients "MailboxUsers,MailContacts"}).
 *
 * <p>The snapshot states no flags fact, so the rule reads its declared type name: a single-valued enum whose
 * Exchange type name ends in {@code Flags} (the .NET naming convention for {@code [Flags]} enums, e.g.
 * {@code MailboxFolderPermissionFlags}), or a type in the committed list {@code data/flags-enums.tsv} (types whose
 * docs say several values may be given separated by commas, e.g. {@code WellKnownRecipientType}).
 */
final class FlagsEnums {
    private static final DataTable LISTED = DataTable.load("flags-enums.tsv");

    private FlagsEnums() {
    }

    /** @param exchangeType the enum's Exchange type name, or {@code null} for a per-parameter enum */
    static boolean isFlags(String exchangeType) {
        if (exchangeType == null || exchangeType.isBlank()) {
            return false;
        }
        return exchangeType.toLowerCase(Locale.ROOT).endsWith("flags") || LISTED.contains(exchangeType);
    }
}
