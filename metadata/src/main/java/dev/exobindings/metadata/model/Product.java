package dev.exobindings.metadata.model;

/** The cloud products a cmdlet belongs to. */
public enum Product {
    EXCHANGE_ONLINE("Exchange Online"),
    SECURITY_COMPLIANCE("Security & Compliance");

    private final String displayName;

    Product(String displayName) {
        this.displayName = displayName;
    }

    /** The name the docs use in their {@code applicable:} lists. */
    public String displayName() {
        return displayName;
    }
}
