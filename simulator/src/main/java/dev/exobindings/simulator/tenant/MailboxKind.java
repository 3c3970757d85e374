package dev.exobindings.simulator.tenant;

/** The mailbox kinds the seeded tenant contains. */
public enum MailboxKind {
    USER("UserMailbox"), SHARED("SharedMailbox"), ROOM("RoomMailbox"), EQUIPMENT("EquipmentMailbox");

    private final String recipientTypeDetails;

    MailboxKind(String recipientTypeDetails) {
        this.recipientTypeDetails = recipientTypeDetails;
    }

    /** The value of the RecipientTypeDetails property. */
    public String recipientTypeDetails() {
        return recipientTypeDetails;
    }
}
