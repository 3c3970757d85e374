package dev.exobindings.runtime.value;

/** Implemented by generated enums: the exact string the service expects for a constant. */
public interface WireEnum {
    /** The value as sent on the wire, e.g. {@code UserMailbox}. */
    String wireValue();
}
