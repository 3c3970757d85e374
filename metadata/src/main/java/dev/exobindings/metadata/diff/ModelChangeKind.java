package dev.exobindings.metadata.diff;

import java.util.Locale;

/**
 * What one row of the result-model diff reports: a change of the service's {@code $metadata} (CSDL), which the
 * generator turns into model classes, their getters and constants, and enums. Declaration order is report order.
 */
public enum ModelChangeKind {
    /** A structured type exists only in the new CSDL. */
    TYPE_ADDED("result type added"),
    /** A structured type exists only in the old CSDL: its model class disappears. */
    TYPE_REMOVED("result type removed"),
    /** The type's base type changed: the properties it inherits change. */
    BASE_TYPE_CHANGED("base type changed"),
    /** A property exists only in the new CSDL. */
    PROPERTY_ADDED("property added"),
    /** A property exists only in the old CSDL: its getter and constant disappear. */
    PROPERTY_REMOVED("property removed"),
    /** A property's type or collection-ness changed: its getter returns another type. */
    PROPERTY_TYPE_CHANGED("property type changed"),
    /** An enum type exists only in the new CSDL. */
    ENUM_ADDED("enum added"),
    /** An enum type exists only in the old CSDL. */
    ENUM_REMOVED("enum removed"),
    /** A member joined an enum. */
    ENUM_MEMBER_ADDED("enum member added"),
    /** A member left an enum: its constant disappears. */
    ENUM_MEMBER_REMOVED("enum member removed");

    private final String label;

    ModelChangeKind(String label) {
        this.label = label;
    }

    /** Human-readable label used in reports. */
    public String label() {
        return label;
    }

    /** Stable identifier used in the JSON report, e.g. {@code property-removed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
