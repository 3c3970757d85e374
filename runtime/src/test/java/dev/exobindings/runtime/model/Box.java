package dev.exobindings.runtime.model;

import dev.exobindings.runtime.value.WireEnum;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A small model written the way the generator emits one, for the runtime's own tests. */
public final class Box extends AbstractModel {
    public enum Kind implements WireEnum {
        USER_MAILBOX("UserMailbox"), SHARED_MAILBOX("SharedMailbox"), UNRECOGNIZED(null);

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        @Override
        public String wireValue() {
            return wire;
        }

        public static Kind fromWire(String value) {
            for (Kind k : values()) {
                if (k.wire != null && k.wire.equalsIgnoreCase(value)) {
                    return k;
                }
            }
            return UNRECOGNIZED;
        }
    }

    public static final ModelProperty<Box, String> DISPLAY_NAME = ModelProperty.of(0, "DisplayName", Decoders.STRING);
    public static final ModelProperty<Box, String> PRIMARY_SMTP_ADDRESS = ModelProperty.of(1, "PrimarySmtpAddress",
            Decoders.STRING);
    public static final ModelProperty<Box, List<String>> EMAIL_ADDRESSES = ModelProperty.of(2, "EmailAddresses",
            Decoders.list(Decoders.STRING));
    public static final ModelProperty<Box, UUID> GUID = ModelProperty.of(3, "Guid", Decoders.GUID);
    public static final ModelProperty<Box, Instant> WHEN_CREATED = ModelProperty.of(4, "WhenCreated",
            Decoders.INSTANT);
    public static final ModelProperty<Box, Kind> KIND = ModelProperty.of(5, "RecipientTypeDetails",
            Decoders.wireEnum(Kind::fromWire, Kind.UNRECOGNIZED));
    public static final ModelProperty<Box, Long> ITEMS = ModelProperty.of(6, "ItemCount", Decoders.INT64);
    public static final ModelProperty<Box, Box> NESTED = ModelProperty.of(7, "Nested",
            Decoders.model(() -> Box.MODEL_TYPE));
    public static final ModelProperty<Box, Boolean> ENABLED = ModelProperty.of(8, "Enabled", Decoders.BOOLEAN);
    public static final ModelProperty<Box, Integer> LIMIT = ModelProperty.of(9, "Limit", Decoders.INT32);
    public static final ModelProperty<Box, Long> SIZE = ModelProperty.of(10, "Size", Decoders.INT64);
    public static final ModelProperty<Box, Double> RATIO = ModelProperty.of(11, "Ratio", Decoders.DOUBLE);
    public static final ModelProperty<Box, java.math.BigDecimal> AMOUNT = ModelProperty.of(12, "Amount",
            Decoders.DECIMAL);
    public static final ModelProperty<Box, List<Boolean>> FLAGS = ModelProperty.of(13, "Flags",
            Decoders.list(Decoders.BOOLEAN));
    public static final ModelType<Box> MODEL_TYPE = ModelType.of("Test.Box", Box.class, Box::new,
            List.of(DISPLAY_NAME, PRIMARY_SMTP_ADDRESS, EMAIL_ADDRESSES, GUID, WHEN_CREATED, KIND, ITEMS, NESTED,
                    ENABLED, LIMIT, SIZE, RATIO, AMOUNT, FLAGS));

    private Box(ModelValues values) {
        super(values);
    }

    public String displayName() {
        return get(DISPLAY_NAME);
    }

    public String primarySmtpAddress() {
        return get(PRIMARY_SMTP_ADDRESS);
    }

    public List<String> emailAddresses() {
        return get(EMAIL_ADDRESSES);
    }

    public UUID guid() {
        return get(GUID);
    }

    public Instant whenCreated() {
        return get(WHEN_CREATED);
    }

    public Kind kind() {
        return get(KIND);
    }

    public Long items() {
        return get(ITEMS);
    }

    public Box nested() {
        return get(NESTED);
    }

    public Boolean enabled() {
        return get(ENABLED);
    }

    public Integer limit() {
        return get(LIMIT);
    }

    public Long size() {
        return get(SIZE);
    }
}
