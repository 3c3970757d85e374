package dev.exobindings.runtime.value;

/** Implemented by generated enums: the exact string the service expects for a constant. */
public interface WireEnum {
    /** The value as sent on the wire, e.g. {@code UserMailbox}. */
    String wireValue();

    /**
     * Several values of a flags enum as the one comma-separated string the service parses, in the order given:
     * {@code combine(MAILBOX_USERS, MAIL_CONTACTS)} → {@code "MailboxUsers,MailContacts"}.
     */
    static String combine(WireEnum first, WireEnum... more) {
        StringBuilder sb = new StringBuilder(java.util.Objects.requireNonNull(first, "first value").wireValue());
        for (WireEnum value : more) {
            sb.append(',').append(java.util.Objects.requireNonNull(value, "value").wireValue());
        }
        return sb.toString();
    }
}
